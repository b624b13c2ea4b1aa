import Link from "next/link";
import { refusesSenderLine } from "@/lib/kavenegar/status-codes";
import { findApiStatus } from "@/lib/kavenegar/status-codes";
import type { SendAttemptDetail } from "@/lib/send-log/query";

/** For failures without a status: no answer, or one that was not Kavenegar's JSON. */
function transportHint(errorCode: string | null): string {
  return errorCode === "provider_timeout"
    ? "Kavenegar did not answer in time. Retry later; if it keeps happening, check this server's network path to Kavenegar or raise KAVENEGAR_TIMEOUT_MS."
    : "Kavenegar could not be reached, or something else (such as a proxy) answered. Retry later and check this server's network and KAVENEGAR_BASE_URL.";
}

/** The provider's status in both languages, and what an administrator should do about it. */
export function ProviderAnswer({ attempt }: { attempt: SendAttemptDetail }) {
  const info = attempt.providerStatus === null ? undefined : findApiStatus(attempt.providerStatus);
  const failed = attempt.outcome === "failed";
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="provider-answer">
      <h2 className="font-semibold">Provider&apos;s answer</h2>
      {attempt.providerStatus === null ? (
        <p className="text-sm text-slate-700">
          No answer from Kavenegar{attempt.errorCode ? ` (${attempt.errorCode})` : ""}
          {attempt.errorDetail ? `: ${attempt.errorDetail}` : "."}
        </p>
      ) : (
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500">Status</dt>
          <dd className={`font-mono font-semibold ${failed ? "text-red-700" : "text-emerald-700"}`} data-testid="provider-status">
            {attempt.providerStatus}
          </dd>
          <dt className="text-slate-500">Message</dt>
          <dd>
            <span dir="rtl" lang="fa" className="text-base" data-testid="provider-message">
              {attempt.providerMessage ?? info?.message ?? "–"}
            </span>
          </dd>
          <dt className="text-slate-500">Meaning</dt>
          <dd data-testid="provider-meaning">{info?.explanation ?? `Undocumented Kavenegar status ${attempt.providerStatus}.`}</dd>
          {attempt.errorDetail && attempt.errorDetail !== info?.explanation && (
            <>
              <dt className="text-slate-500">Detail</dt>
              <dd>{attempt.errorDetail}</dd>
            </>
          )}
        </dl>
      )}
      {failed && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="admin-hint">
          <span className="font-semibold">What to do: </span>
          {attempt.providerStatus === null
            ? transportHint(attempt.errorCode)
            : (info?.adminHint ?? "Retry later; if it persists, contact Kavenegar support with this status code.")}
          {refusesSenderLine(attempt.providerStatus) && (
            <>
              {" "}
              <Link href="/admin/senders" className="font-semibold underline" data-testid="fix-sender-link">
                Choose another sender line →
              </Link>
            </>
          )}
        </p>
      )}
    </section>
  );
}
