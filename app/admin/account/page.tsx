import { AccountAlerts } from "@/components/admin/account/account-alerts";
import { AccountConfig } from "@/components/admin/account/account-config";
import { AccountSummary } from "@/components/admin/account/account-summary";
import { formatUtcDateTime } from "@/components/admin/account/format";
import { RefreshButton } from "@/components/admin/account/refresh-button";
import { SnapshotHistory } from "@/components/admin/account/snapshot-history";
import { accountAlerts } from "@/lib/account/alerts";
import { DEFAULT_ACCOUNT_REFRESH_INTERVAL_MS } from "@/lib/account/schedule";
import { maskedKavenegarApiKey } from "@/lib/account/api-key";
import { listAccountSnapshots } from "@/lib/account/snapshots";
import { canWrite, requireAdminPage } from "@/lib/auth/session";
import { getServerContext } from "@/lib/server/app-context";

export const metadata = { title: "Account" };

export default async function AccountPage() {
  const session = await requireAdminPage();
  const ctx = await getServerContext();
  const history = await listAccountSnapshots(ctx.db, 50);
  const latest = history[0] ?? null;
  // After a failed refresh, the last good figures are still worth showing.
  const lastGood = history.find((snapshot) => snapshot.credit !== null) ?? null;
  const alerts = latest ? accountAlerts(latest.credit === null && lastGood ? { ...lastGood, error: latest.error } : latest) : [];

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-xl font-bold">Kavenegar account</h1>
          <p className="text-sm text-slate-600">
            {latest
              ? `Last refreshed ${formatUtcDateTime(latest.fetchedAt)}; refreshed every ${DEFAULT_ACCOUNT_REFRESH_INTERVAL_MS / 60_000} minutes.`
              : "Not fetched yet."}
          </p>
        </div>
        {canWrite(session) && <RefreshButton />}
      </div>
      <AccountAlerts alerts={alerts} />
      {lastGood ? (
        <AccountSummary snapshot={lastGood} maskedKey={maskedKavenegarApiKey(ctx.env)} mode={ctx.mode} />
      ) : (
        <p className="rounded-lg bg-white p-4 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200" data-testid="account-empty">
          No account information yet.{" "}
          {canWrite(session) ? (
            <>
              Press <strong>Refresh now</strong> to ask Kavenegar.
            </>
          ) : (
            "It is fetched on a schedule."
          )}{" "}
          API key in use: <code data-testid="account-api-key">{maskedKavenegarApiKey(ctx.env)}</code>
        </p>
      )}
      <AccountConfig config={lastGood?.config ?? latest?.config ?? null} />
      {history.length > 0 && <SnapshotHistory snapshots={history} />}
    </div>
  );
}
