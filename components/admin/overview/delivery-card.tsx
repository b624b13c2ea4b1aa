import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Ltr } from "@/components/ui/ltr";
import { useFormat } from "@/components/ui/use-format";
import type { DeliveryStats } from "@/lib/send-log/stats";
import { Card } from "./card";

const head = "py-1 ps-2 text-end text-xs font-semibold text-slate-500 first:ps-0 first:text-start";
const cell = "py-1.5 ps-2 text-end tabular-nums first:ps-0 first:text-start";

/** How the last day's accepted OTP messages fared: delivered by line and by operator, verified by line. */
export function DeliveryCard({ stats }: { stats: DeliveryStats }) {
  const t = useTranslations("overview.delivery");
  const format = useFormat();
  const describeCounts = (counts: { delivered: number; undelivered: number; pending: number }) =>
    t("counts", { delivered: counts.delivered, undelivered: counts.undelivered, pending: counts.pending });
  return (
    <Card title={t("title")} testId="overview-delivery">
      {stats.lines.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="grid gap-x-8 gap-y-4 lg:grid-cols-2">
          <CompactTable label={t("byLine")} columns={[t("line"), t("sent"), t("delivered"), t("verified")]} testId="delivery-by-line">
            {stats.lines.map((line) => (
              <tr key={line.sender ?? ""} className="border-t border-slate-100" data-testid="delivery-line" data-sender={line.sender ?? ""}>
                <td className={`${cell} text-xs`}>
                  <Ltr>{line.sender ?? "–"}</Ltr>
                </td>
                <td className={cell}>{format.number(line.sent)}</td>
                <td className={cell} title={describeCounts(line)}>
                  {format.percent(line.deliveryRate)}
                </td>
                <td className={cell} title={t("verifiedOf", { verified: line.verified, codes: line.codes })}>
                  {format.percent(line.verificationRate)}
                </td>
              </tr>
            ))}
          </CompactTable>
          <CompactTable label={t("byOperator")} columns={[t("operator"), t("sent"), t("delivered")]} testId="delivery-by-operator">
            {stats.operators.map((operator) => (
              <tr key={operator.operator} className="border-t border-slate-100" data-testid="delivery-operator" data-operator={operator.operator}>
                <td className={cell}>{operator.operator}</td>
                <td className={cell}>{format.number(operator.sent)}</td>
                <td className={cell} title={describeCounts(operator)}>
                  {format.percent(operator.deliveryRate)}
                </td>
              </tr>
            ))}
          </CompactTable>
        </div>
      )}
      <p className="text-xs text-slate-500" data-testid="delivery-test-sends">
        {t("tests", { sent: stats.tests.sent, delivered: stats.tests.delivered })}
      </p>
    </Card>
  );
}

function CompactTable({ label, columns, testId, children }: { label: string; columns: string[]; testId: string; children: ReactNode }) {
  return (
    // A long line number scrolls inside the card, never the page.
    <div className="min-w-0 overflow-x-auto" tabIndex={0}>
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
