import { useTranslations } from "next-intl";
import Link from "next/link";
import { useStatusText } from "@/components/admin/live/status-text";
import { useFormat } from "@/components/ui/use-format";
import type { AttemptStats } from "@/lib/send-log/stats";

export function AttemptTotals({ stats }: { stats: AttemptStats }) {
  const t = useTranslations("overview.totals");
  const format = useFormat();
  const statusText = useStatusText();
  const total = stats.totals.sent + stats.totals.failed;
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-3 gap-2 text-center">
        <Figure label={t("sent")} value={format.number(stats.totals.sent)} tone="text-emerald-700" testId="total-sent" />
        <Figure label={t("failed")} value={format.number(stats.totals.failed)} tone="text-red-700" testId="total-failed" />
        <Figure
          label={t("failureRate")}
          value={format.percent(total === 0 ? null : stats.totals.failed / total)}
          tone="text-slate-900"
          testId="failure-rate"
        />
      </div>
      {stats.byStatus.length > 0 && (
        <div className="overflow-x-auto" tabIndex={0}>
          <table className="min-w-full text-sm" data-testid="status-breakdown">
            <thead>
              <tr className="text-start text-xs uppercase tracking-wide text-slate-500">
                <th className="py-1 pe-3 text-start font-semibold">{t("status")}</th>
                <th className="py-1 pe-3 text-start font-semibold">{t("meaning")}</th>
                <th className="py-1 text-end font-semibold">{t("count")}</th>
              </tr>
            </thead>
            <tbody>
              {stats.byStatus.map((row) => {
                const text = statusText({ ...row, providerMessage: null, errorCode: null, errorDetail: null });
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
                      {row.providerStatus ?? t("none")}
                    </td>
                    <td className="py-1.5 pe-3">
                      {text.persian && (
                        // A block in the page's direction, the Persian words isolated inside it.
                        <span className="block">
                          <bdi dir="rtl" lang="fa">
                            {text.persian}
                          </bdi>
                        </span>
                      )}
                      <span className="block text-xs text-slate-600">{row.providerStatus === null ? t("noAnswer") : text.meaning}</span>
                    </td>
                    <td className="py-1.5 text-end tabular-nums">
                      <Link href={`/admin/send-log?${filter}`} className="underline decoration-slate-300 underline-offset-2">
                        {format.number(row.count)}
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

function Figure({ label, value, tone, testId }: { label: string; value: string; tone: string; testId: string }) {
  return (
    <div className="rounded-md bg-slate-50 p-2">
      <p className={`text-2xl font-bold tabular-nums ${tone}`} data-testid={testId}>
        {value}
      </p>
      <p className="text-xs text-slate-500">{label}</p>
    </div>
  );
}
