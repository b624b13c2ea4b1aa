import type { AccountSnapshotView } from "@/lib/account/snapshots";
import { formatRials, formatUtcDate, formatUtcDateTime } from "@/components/ui/format";

const head = "whitespace-nowrap px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const cell = "whitespace-nowrap px-3 py-2";

export function SnapshotHistory({ snapshots }: { snapshots: AccountSnapshotView[] }) {
  return (
    <section className="space-y-2">
      <h2 className="font-semibold">History</h2>
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full text-sm" data-testid="account-history">
          <thead className="bg-slate-50">
            <tr>
              <th className={head}>Fetched</th>
              <th className={`${head} text-right`}>Credit</th>
              <th className={head}>Expires</th>
              <th className={head}>Type</th>
              <th className={head}>Default sender</th>
              <th className={head}>Error</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((snapshot) => (
              <tr key={snapshot.id} className="border-t border-slate-100" data-testid="account-history-row">
                <td className={cell}>{formatUtcDateTime(snapshot.fetchedAt)}</td>
                <td className={`${cell} text-right tabular-nums`}>{snapshot.credit === null ? "–" : formatRials(snapshot.credit)}</td>
                <td className={cell}>{snapshot.expiresAt ? formatUtcDate(snapshot.expiresAt) : "–"}</td>
                <td className={cell}>{snapshot.accountType ?? "–"}</td>
                <td className={`${cell} font-mono`}>{snapshot.config?.defaultsender ?? "–"}</td>
                <td className="min-w-64 px-3 py-2 text-red-700">{snapshot.error ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
