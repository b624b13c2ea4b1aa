import type { ReactNode } from "react";
import type { DeliveryStats } from "@/lib/send-log/stats";
import { Card } from "./card";

const head = "py-1 ps-2 text-right text-xs font-semibold text-slate-500 first:ps-0 first:text-left";
const cell = "py-1.5 ps-2 text-right tabular-nums first:ps-0 first:text-left";

const percent = (rate: number | null) => (rate === null ? "–" : `${Math.round(rate * 100)}%`);

/** How the last day's accepted OTP messages fared: delivered by line and by operator, verified by line. */
export function DeliveryCard({ stats }: { stats: DeliveryStats }) {
  return (
    <Card title="Delivery, last 24 hours" testId="overview-delivery">
      {stats.lines.length === 0 ? (
        <p className="text-sm text-slate-600">No OTP messages sent in the last 24 hours.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <CompactTable
            label="Delivery and verification by sender line"
            columns={["Line", "Sent", "Delivered", "Verified"]}
            testId="delivery-by-line"
          >
            {stats.lines.map((line) => (
              <tr key={line.sender ?? ""} className="border-t border-slate-100" data-testid="delivery-line" data-sender={line.sender ?? ""}>
                <td className={`${cell} font-mono text-xs`}>{line.sender ?? "–"}</td>
                <td className={cell}>{line.sent}</td>
                <td className={cell} title={describeCounts(line)}>
                  {percent(line.deliveryRate)}
                </td>
                <td className={cell} title={`${line.verified} of ${line.codes} codes verified`}>
                  {percent(line.verificationRate)}
                </td>
              </tr>
            ))}
          </CompactTable>
          <CompactTable label="Delivery by operator" columns={["Operator", "Sent", "Delivered"]} testId="delivery-by-operator">
            {stats.operators.map((operator) => (
              <tr key={operator.operator} className="border-t border-slate-100" data-testid="delivery-operator" data-operator={operator.operator}>
                <td className={cell}>{operator.operator}</td>
                <td className={cell}>{operator.sent}</td>
                <td className={cell} title={describeCounts(operator)}>
                  {percent(operator.deliveryRate)}
                </td>
              </tr>
            ))}
          </CompactTable>
        </div>
      )}
      <p className="text-xs text-slate-500" data-testid="delivery-test-sends">
        Test sends, not counted above: {stats.tests.sent} sent, {stats.tests.delivered} delivered.
      </p>
    </Card>
  );
}

function describeCounts(counts: { delivered: number; undelivered: number; pending: number }): string {
  return `${counts.delivered} delivered, ${counts.undelivered} not delivered, ${counts.pending} pending`;
}

function CompactTable({ label, columns, testId, children }: { label: string; columns: string[]; testId: string; children: ReactNode }) {
  return (
    // A long line number scrolls inside the card, never the page.
    <div className="min-w-0 overflow-x-auto">
      <table className="w-full text-sm" data-testid={testId} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} className={head}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
