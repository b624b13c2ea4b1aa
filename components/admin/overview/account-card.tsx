import Link from "next/link";
import { daysUntilExpiry, type AccountHealth } from "@/lib/account/health";
import { formatRials, formatUtcDate, formatUtcDateTime } from "@/components/ui/format";
import { Card, Warning } from "./card";

export function AccountCard({ health, now }: { health: AccountHealth; now: Date }) {
  const snapshot = health.lastGood;
  const days = snapshot ? daysUntilExpiry(snapshot, now) : null;
  return (
    <Card
      title="Kavenegar account"
      testId="overview-account"
      action={
        <Link href="/admin/account" className="text-sm text-slate-700 underline underline-offset-2">
          Account
        </Link>
      }
    >
      {!snapshot ? (
        <p className="text-sm text-slate-600" data-testid="account-not-fetched">
          Not fetched yet — see{" "}
          <Link href="/admin/account" className="underline">
            Account
          </Link>
          .
        </p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-500">Credit</dt>
          <dd className="font-semibold tabular-nums" data-testid="account-credit">
            {formatRials(snapshot.credit)}
          </dd>
          <dt className="text-slate-500">Expires</dt>
          <dd data-testid="account-expiry">
            {snapshot.expiresAt ? (
              <>
                {formatUtcDate(snapshot.expiresAt)} <span className="text-slate-500">({days} days)</span>
              </>
            ) : (
              "no expiry date"
            )}
          </dd>
          {snapshot.accountType && (
            <>
              <dt className="text-slate-500">Type</dt>
              <dd>{snapshot.accountType}</dd>
            </>
          )}
          <dt className="text-slate-500">Fetched</dt>
          <dd className="text-slate-600">{formatUtcDateTime(snapshot.fetchedAt)}</dd>
        </dl>
      )}
      {health.alerts.map((alert) => (
        <Warning key={alert.kind} tone={alert.level === "error" ? "red" : "amber"}>
          {alert.message}
        </Warning>
      ))}
    </Card>
  );
}
