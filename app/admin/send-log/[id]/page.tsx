import { ArrowLeft } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttemptSummary } from "@/components/admin/send-log/attempt-summary";
import { ChallengeCard } from "@/components/admin/send-log/challenge-card";
import { ProviderAnswer } from "@/components/admin/send-log/provider-answer";
import { requireAdminPage } from "@/lib/http/page-session";
import { NotFoundError } from "@/lib/errors";
import { getSendAttempt, type SendAttemptDetail } from "@/lib/send-log/query";
import { getServerContext } from "@/lib/server/app-context";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("attempt") };
}

async function findAttempt(id: string): Promise<SendAttemptDetail> {
  const ctx = await getServerContext();
  try {
    return await getSendAttempt(ctx.db, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function SendAttemptPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminPage();
  const [attempt, t] = await Promise.all([params.then(({ id }) => findAttempt(id)), getTranslations("sendLog.detail")]);
  return (
    <div className="space-y-4" data-testid="send-attempt-detail">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-bold">{t.rich("title", { id: attempt.id, ltr: (text) => <bdi dir="ltr">{text}</bdi> })}</h1>
        <Link href="/admin/send-log" className="inline-flex items-center gap-1 text-sm underline">
          <ArrowLeft aria-hidden="true" className="h-4 w-4 rtl:-scale-x-100" />
          {t("back")}
        </Link>
      </div>
      <AttemptSummary attempt={attempt} />
      <ProviderAnswer attempt={attempt} />
      {attempt.challenge && <ChallengeCard challenge={attempt.challenge} />}
      <section className="space-y-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 className="font-semibold">{t("fullResponse")}</h2>
        {attempt.providerResponse === null ? (
          <p className="text-sm text-slate-600">{t("nothing")}</p>
        ) : (
          <pre dir="ltr" data-testid="provider-response" tabIndex={0} className="code-block overflow-x-auto rounded-md p-3 text-xs leading-relaxed">
            {JSON.stringify(attempt.providerResponse, null, 2)}
          </pre>
        )}
      </section>
    </div>
  );
}
