import Link from "next/link";
import type { AccountStatus } from "@/lib/stats/overview";
import { Card, Warning } from "./card";

const DAY_MS = 86_400_000;

export function AccountCard({ status, now }: { status: AccountStatus | null; now: Date }) {
  const snapshot = status?.snapshot ?? null;
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
            {snapshot.credit === null ? "–" : `${snapshot.credit.toLocaleString("en")} rials`}
          </dd>
          <dt className="text-slate-500">Expires</dt>
          <dd data-testid="account-expiry">
            {snapshot.expiresAt ? (
              <>
                {snapshot.expiresAt.toISOString().slice(0, 10)}{" "}
                <span className="text-slate-500">({Math.floor((snapshot.expiresAt.getTime() - now.getTime()) / DAY_MS)} days)</span>
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
          <dd className="text-slate-600">{snapshot.fetchedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</dd>
        </dl>
      )}
      {status?.warnings.map((warning) => (
        <Warning key={warning}>{warning}</Warning>
      ))}
      {status?.lastError && (
        <Warning tone="red">
          The last refresh failed ({status.lastError.at.toISOString().slice(0, 16).replace("T", " ")} UTC): {status.lastError.message}
        </Warning>
      )}
    </Card>
  );
}
