import Link from "next/link";
import { describeAttemptStatus } from "@/components/admin/live/status-text";
import type { AttemptStats } from "@/lib/send-log/stats";

export function AttemptTotals({ stats }: { stats: AttemptStats }) {
  const total = stats.totals.sent + stats.totals.failed;
  const failureRate = total === 0 ? null : Math.round((stats.totals.failed / total) * 100);
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-3 gap-2 text-center">
        <Figure label="Sent" value={stats.totals.sent} tone="text-emerald-700" testId="total-sent" />
        <Figure label="Failed" value={stats.totals.failed} tone="text-red-700" testId="total-failed" />
        <Figure label="Failure rate" value={failureRate === null ? "–" : `${failureRate}%`} tone="text-slate-900" testId="failure-rate" />
      </div>
      {stats.byStatus.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="status-breakdown">
            <thead>
              <tr className="text-left text-xs uppercase tracking-wide text-slate-500">
                <th className="py-1 pe-3 font-semibold">Status</th>
                <th className="py-1 pe-3 font-semibold">Meaning</th>
                <th className="py-1 text-right font-semibold">Count</th>
              </tr>
            </thead>
            <tbody>
              {stats.byStatus.map((row) => {
                const text = describeAttemptStatus({
                  ...row,
                  providerMessage: null,
                  errorCode: null,
                  errorDetail: "No answer from Kavenegar (timeout or network).",
                });
                const filter = row.providerStatus === null ? `outcome=${row.outcome}` : `status=${row.providerStatus}`;
                return (
                  <tr
                    key={`${row.outcome}-${row.providerStatus}`}
                    className="border-t border-slate-100"
                    data-testid="status-count"
                    data-status={row.providerStatus ?? ""}
                  >
                    <td
                      className={`whitespace-nowrap py-1.5 pe-3 font-mono font-semibold ${row.outcome === "failed" ? "text-red-700" : "text-emerald-700"}`}
                    >
                      {row.providerStatus ?? "none"}
                    </td>
                    <td className="py-1.5 pe-3">
                      {text.persian && (
                        <span dir="rtl" lang="fa" className="block text-left">
                          {text.persian}
                        </span>
                      )}
                      <span className="block text-xs text-slate-600">{text.english}</span>
                    </td>
                    <td className="py-1.5 text-right tabular-nums">
                      <Link href={`/admin/send-log?${filter}`} className="underline decoration-slate-300 underline-offset-2">
                        {row.count}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Figure({ label, value, tone, testId }: { label: string; value: number | string; tone: string; testId: string }) {
  return (
    <div className="rounded-md bg-slate-50 p-2">
      <p className={`text-2xl font-bold tabular-nums ${tone}`} data-testid={testId}>
        {value}
      </p>
      <p className="text-xs text-slate-500">{label}</p>
    </div>
  );
}
