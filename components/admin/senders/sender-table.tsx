import { RadioTower } from "lucide-react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { stacked } from "@/components/ui/stacked-table";
import type { SenderRowView } from "./row-view";
import { SenderRow } from "./sender-row";

const headings = ["number", "kind", "label", "status", "priority", "lastFailure", "lastSuccess"] as const;

export function SenderTable({ rows, canWrite }: { rows: SenderRowView[]; canWrite: boolean }) {
  const t = useTranslations("senders");
  if (rows.length === 0) {
    return (
      <EmptyState icon={RadioTower} testId="sender-table-empty">
        {canWrite ? t("emptyAdmin") : t("empty")}
      </EmptyState>
    );
  }
  const columns = headings.length + (canWrite ? 1 : 0);
  return (
    <div className={stacked.frame} tabIndex={0}>
      <table className={`${stacked.table} divide-y divide-slate-200`} data-testid="sender-table">
        <thead className={stacked.head}>
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col" className={heading === "priority" ? stacked.thEnd : stacked.th}>
                {t(heading)}
              </th>
            ))}
            {canWrite && (
              <th scope="col" className={stacked.th}>
                {t("actions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody className={`${stacked.body} divide-y divide-slate-100 max-sm:divide-y-0`}>
          {rows.map((row) => (
            <SenderRow key={row.id} row={row} canWrite={canWrite} columns={columns} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
