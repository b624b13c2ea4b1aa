import { useTranslations } from "next-intl";
import Link from "next/link";
import { useErrorText } from "@/components/admin/error-text";
import { useKavenegarText } from "@/components/admin/live/status-text";
import { Ltr } from "@/components/ui/ltr";
import { findApiStatus, refusesSenderLine } from "@/lib/kavenegar/status-codes";
import type { SendAttemptDetail } from "@/lib/send-log/query";

/** The provider's status in both languages, and what an administrator should do about it. */
export function ProviderAnswer({ attempt }: { attempt: SendAttemptDetail }) {
  const t = useTranslations("sendLog.detail");
  const kavenegar = useTranslations("kavenegar");
  const kavenegarText = useKavenegarText();
  const errorText = useErrorText();
  const info = attempt.providerStatus === null ? undefined : findApiStatus(attempt.providerStatus);
  const ours = attempt.providerStatus === null ? null : kavenegarText(attempt.providerStatus);
  const failed = attempt.outcome === "failed";
  // The documented explanation is already said, in the page's language, as the meaning.
  const technical = attempt.errorDetail && attempt.errorDetail !== info?.explanation ? attempt.errorDetail : null;
  const transportHint = attempt.errorCode === "provider_timeout" ? kavenegar("timeoutHint") : kavenegar("unreachableHint");
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="provider-answer">
      <h2 className="font-semibold">{t("answer")}</h2>
      {attempt.providerStatus === null ? (
        <p className="text-sm text-slate-700">
          {t("noAnswer", {
            code: attempt.errorCode ? ` (${attempt.errorCode})` : "",
            detail: attempt.errorCode ? `: ${errorText(attempt.errorCode, attempt.errorDetail)}` : ".",
          })}
        </p>
      ) : (
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">{t("status")}</dt>
          <dd className={`font-semibold ${failed ? "text-red-700" : "text-emerald-700"}`} data-testid="provider-status">
            <Ltr>{attempt.providerStatus}</Ltr>
          </dd>
          <dt className="text-slate-500">{t("message")}</dt>
          <dd>
            <span dir="rtl" lang="fa" className="text-base" data-testid="provider-message">
              {attempt.providerMessage ?? info?.message ?? "–"}
            </span>
          </dd>
          <dt className="text-slate-500">{t("meaning")}</dt>
          <dd data-testid="provider-meaning">{ours?.meaning ?? kavenegar("undocumented", { status: String(attempt.providerStatus) })}</dd>
        </dl>
      )}
      {technical && (
        <p className="text-sm text-slate-600" data-testid="technical-detail">
          {t("technical")}:{" "}
          <span dir="ltr" lang="en" className="font-mono text-xs">
            {technical}
          </span>
        </p>
      )}
      {failed && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="admin-hint">
          <span className="font-semibold">{t("whatToDo")} </span>
          {attempt.providerStatus === null ? transportHint : (ours?.hint ?? kavenegar("retryHint"))}
          {refusesSenderLine(attempt.providerStatus) && (
            <>
              {" "}
              <Link href="/admin/senders" className="font-semibold underline" data-testid="fix-sender-link">
                {t("chooseLine")} <span className="inline-block rtl:-scale-x-100">→</span>
              </Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}
