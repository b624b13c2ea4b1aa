import type { SenderRowView } from "./row-view";
import { SenderRow } from "./sender-row";

const headings = ["Number", "Kind", "Label", "Status", "Priority", "Last failure", "Last success"];

export function SenderTable({ rows, canWrite }: { rows: SenderRowView[]; canWrite: boolean }) {
  const columns = headings.length + (canWrite ? 1 : 0);
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="sender-table">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>
            {headings.map((heading) => (
              <th key={heading} scope="col" className={`whitespace-nowrap px-3 py-2 ${heading === "Priority" ? "text-right" : ""}`}>
                {heading}
              </th>
            ))}
            {canWrite && (
              <th scope="col" className="px-3 py-2">
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns} className="px-3 py-6 text-center text-slate-500">
                No sender lines yet.{canWrite ? " Add one above." : ""}
              </td>
            </tr>
          ) : (
            rows.map((row) => <SenderRow key={row.id} row={row} canWrite={canWrite} columns={columns} />)
          )}
        </tbody>
      </table>
    </div>
  );
}
