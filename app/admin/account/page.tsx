import { AccountAlerts } from "@/components/admin/account/account-alerts";
import { AccountConfig } from "@/components/admin/account/account-config";
import { AccountSummary } from "@/components/admin/account/account-summary";
import { getTranslations } from "next-intl/server";
import { Time } from "@/components/ui/time";
import { RefreshButton } from "@/components/admin/account/refresh-button";
import { SnapshotHistory } from "@/components/admin/account/snapshot-history";
import { assessAccount } from "@/lib/account/health";
import { ACCOUNT_REFRESH_MINUTES } from "@/lib/account/refresh";
import { listAccountSnapshots } from "@/lib/account/snapshots";
import { canWrite } from "@/lib/auth/session";
import { requireAdminPage } from "@/lib/http/page-session";
import { getServerContext } from "@/lib/server/app-context";
import { getSettings } from "@/lib/settings/store";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("account") };
}

export default async function AccountPage() {
  const session = await requireAdminPage();
  const ctx = await getServerContext();
  const [history, settings, t] = await Promise.all([listAccountSnapshots(ctx.db, 50), getSettings(ctx.db), getTranslations("account")]);
  const latest = history[0] ?? null;
  // After a failed refresh, the last good figures are still worth showing.
  const { lastGood, alerts } = assessAccount(latest, history.find((snapshot) => snapshot.credit !== null) ?? null, new Date(), settings);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h1 className="text-xl font-bold">{t("title")}</h1>
          <p className="text-sm text-slate-600">
            {latest ? t.rich("lastRefreshed", { time: () => <Time iso={latest.fetchedAt} />, minutes: ACCOUNT_REFRESH_MINUTES }) : t("notFetched")}
          </p>
        </div>
        {canWrite(session) && <RefreshButton />}
      </div>
      <AccountAlerts alerts={alerts} />
      {lastGood ? (
        <AccountSummary snapshot={lastGood} maskedKey={ctx.kavenegar.maskedApiKey} mode={ctx.mode} />
      ) : (
        <p className="rounded-lg bg-white p-4 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200" data-testid="account-empty">
          {t("empty")} {canWrite(session) ? t.rich("emptyAdmin", { strong: (text) => <strong>{text}</strong> }) : t("emptyViewer")} {t("keyInUse")}{" "}
          <code dir="ltr" data-testid="account-api-key">
            {ctx.kavenegar.maskedApiKey}
          </code>
        </p>
      )}
      <AccountConfig config={lastGood?.config ?? latest?.config ?? null} />
      {history.length > 0 && <SnapshotHistory snapshots={history} />}
    </div>
  );
}
