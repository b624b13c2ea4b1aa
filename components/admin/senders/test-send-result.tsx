import Link from "next/link";
import type { TestSendResult } from "@/lib/delivery/test-send";

export function TestSendResultView({ result }: { result: TestSendResult }) {
  const tone = result.ok ? "bg-emerald-50 ring-emerald-200" : "bg-red-50 ring-red-200";
  return (
    <div className={`space-y-1.5 rounded-md p-3 text-sm ring-1 ${tone}`} data-testid="test-send-result" data-status={result.status ?? ""}>
      <div className="flex flex-wrap items-center gap-2">
        <span
          className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold ${result.ok ? "bg-emerald-600 text-white" : "bg-red-600 text-white"}`}
          data-testid="test-send-status"
        >
          {result.status ?? result.errorKind ?? "error"}
        </span>
        <span className="font-medium">
          {result.ok ? `Sent from ${result.sender} to ${result.phone}` : `Not sent from ${result.sender} to ${result.phone}`}
        </span>
      </div>
      {result.providerMessage && (
        <p>
          <span className="text-slate-500">Provider said: </span>
          <span dir="rtl" lang="fa" className="font-medium">
            {result.providerMessage}
          </span>
        </p>
      )}
      <p>
        <span className="text-slate-500">Meaning: </span>
        {result.explanation}
      </p>
      {result.adminHint && (
        <p className="text-amber-900">
          <span className="text-slate-500">What to do: </span>
          {result.adminHint}
        </p>
      )}
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {result.messageId && (
          <div>
            <dt className="inline">Message id: </dt>
            <dd className="inline font-mono">{result.messageId}</dd>
          </div>
        )}
        {result.cost !== null && (
          <div>
            <dt className="inline">Cost: </dt>
            <dd className="inline">{result.cost.toLocaleString("en-US")} rials</dd>
          </div>
        )}
        <div>
          <dt className="inline">Latency: </dt>
          <dd className="inline">{result.latencyMs} ms</dd>
        </div>
        <div>
          <dt className="inline">Send log: </dt>
          <dd className="inline">
            <Link className="underline" href={`/admin/send-log/${result.attemptId}`}>
              attempt #{result.attemptId}
            </Link>
          </dd>
        </div>
      </dl>
    </div>
  );
}
