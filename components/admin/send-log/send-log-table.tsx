import { SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useErrorText } from "@/components/admin/error-text";
import { EmptyState } from "@/components/ui/empty-state";
import { Ltr } from "@/components/ui/ltr";
import { stacked } from "@/components/ui/stacked-table";
import { Time } from "@/components/ui/time";
import { useFormat } from "@/components/ui/use-format";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { ClickableRow } from "./clickable-row";
import { DeliveryStatusBadge } from "./delivery-status";
import { OutcomeBadge } from "./outcome-badge";

const cell = `${stacked.cell} whitespace-nowrap sm:px-2`;
// The time and the delivery may take two lines, so that all eleven columns fit at 1280 px in both languages.
const wrapping = `${stacked.cell} sm:px-2`;

export function SendLogTable({ rows }: { rows: SendAttempt[] }) {
  const t = useTranslations("attempts");
  const format = useFormat();
  const errorText = useErrorText();
  if (rows.length === 0) {
    return (
      <EmptyState icon={SearchX} testId="send-log-empty">
        {t("noMatch")}
      </EmptyState>
    );
  }
  const columns = ["time", "phone", "sender", "method", "purpose", "outcome", "status", "providerMessage", "delivery", "latency", "cost"] as const;
  return (
    <div className={stacked.frame} tabIndex={0}>
      <table data-testid="send-log-table" className={stacked.table}>
        <thead className={stacked.head}>
          <tr>
            {columns.map((column) => (
              <th key={column} className={`${column === "latency" || column === "cost" ? stacked.thEnd : stacked.th} sm:px-2`}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {rows.map((row) => {
            const href = `/admin/send-log/${row.id}`;
            return (
              <ClickableRow key={row.id} href={href} status={row.providerStatus} className={stacked.row}>
                <td className={`${wrapping} ${stacked.wide}`}>
                  <Link href={href} className="text-xs text-slate-900 underline decoration-slate-300 underline-offset-2">
                    <Time iso={row.createdAt} seconds wrap className="tabular-nums" />
                  </Link>
                </td>
                <td className={`${cell} text-xs`} data-label={t("phone")}>
                  <Ltr>{row.phone}</Ltr>
                </td>
                <td className={`${cell} text-xs`} data-label={t("sender")}>
                  <Ltr>{row.sender ?? "–"}</Ltr>
                </td>
                <td className={cell} data-label={t("method")}>
                  {t(`methods.${row.method}`)}
                </td>
                <td className={cell} data-label={t("purpose")}>
                  {t(`purposes.${row.purpose}`)}
                </td>
                <td className={cell} data-label={t("outcome")}>
                  <OutcomeBadge outcome={row.outcome} />
                </td>
                <td className={`${cell} font-mono ${row.outcome === "failed" ? "font-semibold text-red-700" : ""}`} data-label={t("status")}>
                  <Ltr className="">{row.providerStatus ?? <span className="text-xs">{row.errorCode?.replace(/^provider_/, "") ?? "–"}</span>}</Ltr>
                </td>
                <td className={`${cell} ${stacked.wide}`} data-label={t("providerMessage")}>
                  {row.providerMessage ? (
                    <span dir="rtl" lang="fa" className="block max-w-40 truncate max-sm:max-w-full" title={row.providerMessage}>
                      {row.providerMessage}
                    </span>
                  ) : (
                    <span className="block max-w-40 truncate text-xs text-slate-500 max-sm:max-w-full" title={row.errorDetail ?? undefined}>
                      {row.errorCode ? errorText(row.errorCode, row.errorDetail) : (row.errorDetail ?? "–")}
                    </span>
                  )}
                </td>
                <td className={wrapping} data-label={t("delivery")}>
                  <span className="inline-flex flex-wrap items-center gap-x-1.5 whitespace-nowrap">
                    <DeliveryStatusBadge attempt={row} />
                    {row.deliveryStatusAt && <Time iso={row.deliveryStatusAt} show="time" className="text-xs text-slate-500" />}
                  </span>
                </td>
                <td className={`${cell} ${stacked.number}`} data-label={t("latency")}>
                  {format.latency(row.latencyMs)}
                </td>
                <td className={`${cell} ${stacked.number}`} data-label={t("cost")}>
                  {format.rials(row.cost)}
                </td>
              </ClickableRow>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
