"use client";

import { CircleAlert, CircleCheck, ScrollText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AuditEntryView } from "@/lib/audit/record";
import { adminFetch } from "@/components/admin/admin-fetch";
import { useFailureText } from "@/components/admin/error-text";
import { EmptyState } from "@/components/ui/empty-state";
import { Ltr } from "@/components/ui/ltr";
import { stacked } from "@/components/ui/stacked-table";
import { Time } from "@/components/ui/time";
import { AuditDiff } from "./audit-diff";
import { auditOutcome, useAuditActionText } from "./audit-text";

const PAGE_SIZE = 50;

interface AuditPage {
  entries: AuditEntryView[];
  nextCursor: string | null;
}

export function AuditTable({ initial, filterQuery }: { initial: AuditPage; filterQuery: string }) {
  const t = useTranslations("audit");
  const actionText = useAuditActionText();
  const failureText = useFailureText();
  const [entries, setEntries] = useState(initial.entries);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState("");

  async function loadMore() {
    if (!cursor) return;
    setPending(true);
    setFailure("");
    const result = await adminFetch<AuditPage>(`/api/admin/audit?cursor=${encodeURIComponent(cursor)}&limit=${PAGE_SIZE}${filterQuery}`, "GET");
    setPending(false);
    if (!result.ok) {
      setFailure(failureText(result));
      return;
    }
    setEntries((current) => [...current, ...result.data.entries]);
    setCursor(result.data.nextCursor);
  }

  if (entries.length === 0) {
    return (
      <EmptyState icon={ScrollText} testId="audit-empty">
        {t(filterQuery ? "noMatch" : "empty")}
      </EmptyState>
    );
  }

  return (
    <div className="space-y-3">
      <div className={stacked.frame} tabIndex={0}>
        <table className={`${stacked.table} divide-y divide-slate-200`} data-testid="audit-table">
          <thead className={stacked.head}>
            <tr>
              {(["when", "who", "action", "target", "change"] as const).map((column) => (
                <th key={column} scope="col" className={stacked.th}>
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={`${stacked.body} divide-y divide-slate-100 max-sm:divide-y-0`}>
            {entries.map((entry) => {
              const outcome = auditOutcome(entry);
              return (
                <tr
                  key={entry.id}
                  className={`${stacked.row} align-top`}
                  data-testid="audit-row"
                  data-action={entry.action}
                  data-outcome={outcome ?? ""}
                >
                  <td className={`${stacked.cell} whitespace-nowrap text-slate-600`} data-label={t("when")}>
                    <Time iso={entry.createdAt} seconds />
                  </td>
                  <td className={`${stacked.cell} min-w-0 break-all sm:whitespace-nowrap`} data-label={t("who")}>
                    <Ltr className="">{entry.actorEmail}</Ltr>
                  </td>
                  <td className={`${stacked.cell} ${stacked.wide}`} data-label={t("action")}>
                    <span className="flex flex-wrap items-center gap-1.5">
                      <span>{actionText(entry.action)}</span>
                      {outcome && <OutcomeMark outcome={outcome} />}
                    </span>
                  </td>
                  <td className={`${stacked.cell} ${stacked.wide} text-xs sm:min-w-[8rem]`} data-label={t("target")}>
                    <Ltr className="block text-left font-mono wrap-anywhere">{entry.target.replaceAll(",", ",\u200b")}</Ltr>
                  </td>
                  <td className={`${stacked.cell} ${stacked.wide} sm:w-[40%] sm:min-w-[18rem] sm:pe-4`} data-label={t("change")}>
                    <AuditDiff before={entry.before} after={entry.after} result={outcome !== null} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {failure && (
        <p role="alert" className="text-sm text-red-700">
          {failure}
        </p>
      )}
      {cursor && (
        <button
          type="button"
          onClick={() => void loadMore()}
          disabled={pending}
          className="rounded-md bg-white px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-60"
          data-testid="audit-load-more"
        >
          {pending ? t("loading") : t("loadMore")}
        </button>
      )}
    </div>
  );
}

/** A test's result: red when anything failed, never green then. */
function OutcomeMark({ outcome }: { outcome: "ok" | "failed" }) {
  const t = useTranslations("audit");
  const Icon = outcome === "ok" ? CircleCheck : CircleAlert;
  const tone = outcome === "ok" ? "bg-emerald-100 text-emerald-800 ring-emerald-300" : "bg-red-100 text-red-800 ring-red-300";
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${tone}`} data-testid="audit-outcome">
      <Icon aria-hidden="true" className="h-3.5 w-3.5" />
      {t(outcome === "ok" ? "succeeded" : "failed")}
    </span>
  );
}
