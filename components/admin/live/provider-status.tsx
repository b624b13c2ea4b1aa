import type { SendAttempt } from "@/lib/send-log/attempt";
import { describeAttemptStatus } from "./status-text";

type Attempt = Pick<SendAttempt, "outcome" | "providerStatus" | "providerMessage" | "errorCode" | "errorDetail">;

/** Status code, the provider's Persian message and its English meaning, stacked. */
export function ProviderStatus({ attempt }: { attempt: Attempt }) {
  const text = describeAttemptStatus(attempt);
  const failed = attempt.outcome === "failed";
  return (
    <div className="min-w-52 max-w-sm space-y-0.5">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className={`font-mono font-semibold ${failed ? "text-red-700" : "text-emerald-700"}`} data-testid="status-code">
          {text.code}
        </span>
        {text.persian && (
          <span dir="rtl" lang="fa" className="text-slate-900" data-testid="status-message">
            {text.persian}
          </span>
        )}
      </div>
      <p className="text-xs text-slate-600" data-testid="status-meaning">
        {text.english}
      </p>
    </div>
  );
}
