import { daysUntilExpiry, EXPIRY_WARNING_DAYS } from "@/lib/account/health";
import type { AccountSnapshotView } from "@/lib/account/snapshots";
import { formatRials, formatToman, formatUtcDate, formatUtcDateTime } from "@/components/ui/format";

const card = "space-y-1 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200";

function expiryTone(days: number | null): string {
  if (days === null) return "text-slate-900";
  if (days < 0) return "text-red-700";
  return days <= EXPIRY_WARNING_DAYS ? "text-amber-700" : "text-slate-900";
}

export function AccountSummary({ snapshot, maskedKey, mode }: { snapshot: AccountSnapshotView; maskedKey: string; mode: "sandbox" | "live" }) {
  const days = daysUntilExpiry(snapshot);
  return (
    <section className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <div className={card}>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Credit</h2>
        {snapshot.credit === null ? (
          <p className="text-slate-500">–</p>
        ) : (
          <>
            <p className={`text-2xl font-bold ${snapshot.credit <= 0 ? "text-red-700" : ""}`} data-testid="account-credit">
              {formatRials(snapshot.credit)}
            </p>
            <p className="text-sm text-slate-600">{formatToman(snapshot.credit)}</p>
          </>
        )}
      </div>
      <div className={card}>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Expires</h2>
        {snapshot.expiresAt === null ? (
          <p className="text-slate-500">No expiry date</p>
        ) : (
          <>
            <p className={`text-2xl font-bold ${expiryTone(days)}`} data-testid="account-expiry">
              {formatUtcDate(snapshot.expiresAt)}
            </p>
            <p className={`text-sm ${expiryTone(days)}`}>{days !== null && days < 0 ? `expired ${-days} days ago` : `${days} days left`}</p>
          </>
        )}
      </div>
      <div className={card}>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Account type</h2>
        <p className="text-2xl font-bold" data-testid="account-type">
          {snapshot.accountType ?? "–"}
        </p>
        <p className="text-sm text-slate-600">as of {formatUtcDateTime(snapshot.fetchedAt)}</p>
      </div>
      <div className={card}>
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500">API key</h2>
        <p className="font-mono text-lg font-bold" data-testid="account-api-key">
          {maskedKey}
        </p>
        <p className="text-sm text-slate-600">{mode === "sandbox" ? "the simulator's demo key" : "KAVENEGAR_API_KEY"}</p>
      </div>
    </section>
  );
}
