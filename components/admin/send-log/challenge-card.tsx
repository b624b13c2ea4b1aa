import { useTranslations } from "next-intl";
import Link from "next/link";
import { Ltr } from "@/components/ui/ltr";
import { Time } from "@/components/ui/time";
import type { SendAttemptDetail } from "@/lib/send-log/query";

export function ChallengeCard({ challenge }: { challenge: NonNullable<SendAttemptDetail["challenge"]> }) {
  const t = useTranslations("sendLog.detail");
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 className="font-semibold">{t("challenge")}</h2>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-500">{t("id")}</dt>
        <dd className="break-all text-xs">
          <Ltr>{challenge.id}</Ltr>
        </dd>
        <dt className="text-slate-500">{t("challengeStatus")}</dt>
        <dd>{challenge.status}</dd>
        <dt className="text-slate-500">{t("created")}</dt>
        <dd>
          <Time iso={challenge.createdAt} seconds />
        </dd>
        <dt className="text-slate-500">{t("expires")}</dt>
        <dd>
          <Time iso={challenge.expiresAt} seconds />
        </dd>
        <dt className="text-slate-500">{t("verified")}</dt>
        <dd>{challenge.verifiedAt ? <Time iso={challenge.verifiedAt} seconds /> : "–"}</dd>
      </dl>
      <Link className="inline-block text-sm underline" href={`/admin/send-log?challenge=${challenge.id}`} data-testid="challenge-attempts-link">
        {t("everyAttempt")} <span className="inline-block rtl:-scale-x-100">→</span>
      </Link>
    </section>
  );
}
