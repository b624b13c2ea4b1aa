"use client";

import { useState } from "react";
import type { AuditEntryView } from "@/lib/audit/record";
import { adminFetch } from "@/components/admin/admin-fetch";
import { AuditDiff } from "./audit-diff";

const PAGE_SIZE = 50;

/** A fixed zone, so server and browser render the same text. */
function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

export function AuditTable({ initial }: { initial: { entries: AuditEntryView[]; nextCursor: string | null } }) {
  const [entries, setEntries] = useState(initial.entries);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState("");

  async function loadMore() {
    if (!cursor) return;
    setPending(true);
    setFailure("");
    const result = await adminFetch<{ entries: AuditEntryView[]; nextCursor: string | null }>(
      `/api/admin/audit?cursor=${encodeURIComponent(cursor)}&limit=${PAGE_SIZE}`,
      "GET",
    );
    setPending(false);
    if (!result.ok) {
      setFailure(result.detail);
      return;
    }
    setEntries((current) => [...current, ...result.data.entries]);
    setCursor(result.data.nextCursor);
  }

  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="audit-table">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="whitespace-nowrap px-3 py-2">
                When
              </th>
              <th scope="col" className="whitespace-nowrap px-3 py-2">
                Who
              </th>
              <th scope="col" className="whitespace-nowrap px-3 py-2">
                Action
              </th>
              <th scope="col" className="whitespace-nowrap px-3 py-2">
                Target
              </th>
              <th scope="col" className="px-3 py-2">
                Before → after
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-slate-500">
                  No changes recorded yet.
                </td>
              </tr>
            ) : (
              entries.map((entry) => (
                <tr key={entry.id} className="align-top" data-testid="audit-row">
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                    <time dateTime={entry.createdAt}>{formatTime(entry.createdAt)}</time>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{entry.actorEmail}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{entry.action}</span>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{entry.target}</td>
                  <td className="min-w-[16rem] px-3 py-2">
                    <AuditDiff before={entry.before} after={entry.after} />
                  </td>
                </tr>
              ))
            )}
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
          {pending ? "Loading…" : "Load more"}
        </button>
      )}
    </div>
  );
}
