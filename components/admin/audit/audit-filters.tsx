// A plain GET form, like the send log's: the filters are the page's query string.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { AUDIT_ACTIONS } from "@/lib/audit/record";
import { useAuditActionText } from "./audit-text";

const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function AuditFilters({ action, actor }: { action?: string; actor?: string }) {
  const t = useTranslations("audit");
  const actionText = useAuditActionText();
  return (
    <form
      method="get"
      action="/admin/audit"
      className="grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-[1fr_1fr_auto]"
      data-testid="audit-filters"
    >
      <label className="space-y-1 text-sm">
        <span className="font-medium">{t("action")}</span>
        <select name="action" defaultValue={action ?? ""} className={field} data-testid="audit-filter-action">
          <option value="">{t("anyAction")}</option>
          {AUDIT_ACTIONS.map((name) => (
            <option key={name} value={name}>
              {actionText(name)}
            </option>
          ))}
        </select>
      </label>
      <label className="space-y-1 text-sm">
        <span className="font-medium">{t("who")}</span>
        <input name="actor" defaultValue={actor} placeholder="admin@example.com" dir="ltr" className={field} data-testid="audit-filter-actor" />
      </label>
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white">
          {t("filter")}
        </button>
        <Link href="/admin/audit" className="rounded-md px-3 py-1.5 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
