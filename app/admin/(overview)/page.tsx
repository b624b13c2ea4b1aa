import { SearchCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { LiveRefresh } from "@/components/admin/live/live-refresh";
import { LiveTable } from "@/components/admin/live/live-table";
import { AccountCard } from "@/components/admin/overview/account-card";
import { AttemptTotals } from "@/components/admin/overview/attempt-totals";
import { AttemptsChart } from "@/components/admin/overview/attempts-chart";
import { Card } from "@/components/admin/overview/card";
import { DeliveryCard } from "@/components/admin/overview/delivery-card";
import { ActiveSenderCard, ProviderCard } from "@/components/admin/overview/provider-card";
import { requireAdminPage } from "@/lib/http/page-session";
import { listRecentFailureEvents } from "@/lib/events/attempt-feed";
import { getActiveSender } from "@/lib/senders/store";
import { getServerContext } from "@/lib/server/app-context";
import { getAccountHealth } from "@/lib/account/health";
import { listOpenIncidents } from "@/lib/incidents/store";
import { getAttemptStats, getDeliveryStats } from "@/lib/send-log/stats";
import { getSettings } from "@/lib/settings/store";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("overview") };
}

export default async function OverviewPage() {
  await requireAdminPage();
  const ctx = await getServerContext();
  const now = new Date();
  const [settings, t] = await Promise.all([getSettings(ctx.db), getTranslations("overview")]);
  const [activeSender, account, stats, recentFailures, deliveryStats, openIncidents] = await Promise.all([
    getActiveSender(ctx.db),
    getAccountHealth(ctx.db, now, settings),
    getAttemptStats(ctx.db, now),
    listRecentFailureEvents(ctx.db, 10),
    getDeliveryStats(ctx.db, now),
    listOpenIncidents(ctx.sql),
  ]);
  const activeLineIncident = openIncidents.find((incident) => activeSender !== null && incident.line === activeSender.number) ?? null;

  return (
    <div className="space-y-6">
      <LiveRefresh />
      <h1 className="text-xl font-bold">{t("title")}</h1>
      <div className="grid gap-4 md:grid-cols-3">
        <ProviderCard mode={ctx.mode} />
        <ActiveSenderCard line={activeSender} incident={activeLineIncident} />
        <AccountCard health={account} now={now} />
      </div>
      <div className="grid gap-4 lg:grid-cols-[2fr_3fr]">
        <Card title={t("last24")} testId="overview-totals">
          <AttemptTotals stats={stats} />
        </Card>
        <Card
          // A time zone's name is not a heading word: kept as written, left to right.
          title={t.rich("perHour", {
            zone: settings.timeZone,
            code: (text) => (
              <bdi dir="ltr" className="normal-case">
                {text}
              </bdi>
            ),
          })}
          testId="overview-chart"
        >
          <AttemptsChart hourly={stats.hourly} />
        </Card>
      </div>
      <DeliveryCard stats={deliveryStats} />
      <section className="space-y-3" data-testid="overview-recent-failures">
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="font-semibold">{t("recentFailures")}</h2>
          <Link href="/admin/live" className="text-sm text-slate-700 underline underline-offset-2">
            {t("liveView")}
          </Link>
        </div>
        {recentFailures.length === 0 ? (
          <EmptyState icon={SearchCheck}>{t("noFailures")}</EmptyState>
        ) : (
          <LiveTable attempts={recentFailures} rowTestId="recent-failure-row" />
        )}
      </section>
    </div>
  );
}
