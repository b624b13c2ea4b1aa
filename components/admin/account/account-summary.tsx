import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import { Time } from "@/components/ui/time";
import { useFormat } from "@/components/ui/use-format";
import { daysUntilExpiry, EXPIRY_WARNING_DAYS } from "@/lib/account/health";
import type { AccountSnapshotView } from "@/lib/account/snapshots";

const card = "space-y-1 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200";

function expiryTone(days: number | null): string {
  if (days === null) return "text-slate-900";
  if (days < 0) return "text-red-700";
  return days <= EXPIRY_WARNING_DAYS ? "text-amber-700" : "text-slate-900";
}

export function AccountSummary({ snapshot, maskedKey, mode }: { snapshot: AccountSnapshotView; maskedKey: string; mode: "sandbox" | "live" }) {
  const t = useTranslations("account.summary");
  const format = useFormat();
  const days = daysUntilExpiry(snapshot);
  return (
    <section className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className={card}>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("credit")}</h2>
        {snapshot.credit === null ? (
          <p className="text-slate-500">–</p>
        ) : (
          <>
            <p className={`text-2xl font-bold ${snapshot.credit <= 0 ? "text-red-700" : ""}`} data-testid="account-credit">
              {format.rials(snapshot.credit)}
            </p>
            <p className="text-sm text-slate-600">{format.toman(snapshot.credit)}</p>
          </>
        )}
      </div>
      <div className={card}>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("expires")}</h2>
        {snapshot.expiresAt === null ? (
          <p className="text-slate-500">{t("noExpiry")}</p>
        ) : (
          <>
            <p className={`text-2xl font-bold ${expiryTone(days)}`} data-testid="account-expiry">
              <Time iso={snapshot.expiresAt} show="date" />
            </p>
            <p className={`text-sm ${expiryTone(days)}`}>
              {days !== null && days < 0 ? t("expiredAgo", { days: -days }) : t("daysLeft", { days: days ?? 0 })}
            </p>
          </>
        )}
      </div>
      <div className={card}>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("type")}</h2>
        <p className="text-2xl font-bold" data-testid="account-type">
          {snapshot.accountType ?? "–"}
        </p>
        <p className="text-sm text-slate-600">{t.rich("asOf", { time: () => <Time iso={snapshot.fetchedAt} /> })}</p>
      </div>
      <div className={card}>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t("apiKey")}</h2>
        <p className="text-lg font-bold" data-testid="account-api-key">
          <Ltr>{maskedKey}</Ltr>
        </p>
        <p className="text-sm text-slate-600">{mode === "sandbox" ? t("demoKey") : "KAVENEGAR_API_KEY"}</p>
      </div>
    </section>
  );
}
