import Link from "next/link";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { ClickableRow } from "./clickable-row";
import { formatLatency, formatRials, formatUtc, formatUtcTime } from "@/components/ui/format";
import { DeliveryStatusBadge } from "./delivery-status";
import { OutcomeBadge } from "./outcome-badge";

const head = "whitespace-nowrap px-2.5 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const cell = "whitespace-nowrap px-2.5 py-2";

export function SendLogTable({ rows }: { rows: SendAttempt[] }) {
  if (rows.length === 0) {
    return (
      <p data-testid="send-log-empty" className="rounded-lg bg-white p-6 text-center text-sm text-slate-600 shadow-sm ring-1 ring-slate-200">
        No send attempts match these filters.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table data-testid="send-log-table" className="min-w-full text-sm">
        <thead className="bg-slate-50">
          <tr>
            <th className={head}>Time (UTC)</th>
            <th className={head}>Phone</th>
            <th className={head}>Sender</th>
            <th className={head}>Method</th>
            <th className={head}>Purpose</th>
            <th className={head}>Outcome</th>
            <th className={head}>Status</th>
            <th className={head}>Provider message</th>
            <th className={head}>Delivery</th>
            <th className={`${head} text-right`}>Latency</th>
            <th className={`${head} text-right`}>Cost</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const href = `/admin/send-log/${row.id}`;
            return (
              <ClickableRow key={row.id} href={href} status={row.providerStatus}>
                <td className={cell}>
                  <Link href={href} className="font-mono text-xs text-slate-900 underline decoration-slate-300 underline-offset-2">
                    {formatUtc(row.createdAt)}
                  </Link>
                </td>
                <td className={`${cell} font-mono text-xs`}>{row.phone}</td>
                <td className={`${cell} font-mono text-xs`}>{row.sender ?? "–"}</td>
                <td className={cell}>{row.method}</td>
                <td className={cell}>{row.purpose}</td>
                <td className={cell}>
                  <OutcomeBadge outcome={row.outcome} />
                </td>
                <td className={`${cell} font-mono ${row.outcome === "failed" ? "font-semibold text-red-700" : ""}`}>
                  {row.providerStatus ?? <span className="text-xs">{row.errorCode?.replace(/^provider_/, "") ?? "–"}</span>}
                </td>
                <td className={cell}>
                  {row.providerMessage ? (
                    <span dir="rtl" lang="fa" className="block max-w-48 truncate" title={row.providerMessage}>
                      {row.providerMessage}
                    </span>
                  ) : (
                    <span className="block max-w-48 truncate text-xs text-slate-500" title={row.errorDetail ?? undefined}>
                      {row.errorDetail ?? "–"}
                    </span>
                  )}
                </td>
                <td className={cell}>
                  <DeliveryStatusBadge attempt={row} />
                  {row.deliveryStatusAt && <span className="ms-1.5 font-mono text-xs text-slate-500">{formatUtcTime(row.deliveryStatusAt)}</span>}
                </td>
                <td className={`${cell} text-right tabular-nums`}>{formatLatency(row.latencyMs)}</td>
                <td className={`${cell} text-right tabular-nums`}>{formatRials(row.cost)}</td>
              </ClickableRow>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
