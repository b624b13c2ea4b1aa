import type { SendAttempt } from "@/lib/send-log/attempt";
import { useStatusText } from "./status-text";

type Attempt = Pick<SendAttempt, "outcome" | "providerStatus" | "providerMessage" | "errorCode" | "errorDetail">;

/** Status code, the provider's Persian message and what it means, stacked. */
export function ProviderStatus({ attempt }: { attempt: Attempt }) {
  const text = useStatusText()(attempt);
  const failed = attempt.outcome === "failed";
  return (
    <div className="max-w-sm space-y-0.5 sm:min-w-52">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span dir="ltr" className={`font-mono font-semibold ${failed ? "text-red-700" : "text-emerald-700"}`} data-testid="status-code">
          {text.code}
        </span>
        {text.persian && (
          <span dir="rtl" lang="fa" className="text-slate-900" data-testid="status-message">
            {text.persian}
          </span>
        )}
      </div>
      <p className="text-xs text-slate-600" data-testid="status-meaning" title={text.technical ?? undefined}>
        {text.meaning}
      </p>
    </div>
  );
}
