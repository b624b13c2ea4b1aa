import { getTranslations } from "next-intl/server";
import { LiveFeed } from "@/components/admin/live/live-feed";
import { TrafficPanel } from "@/components/admin/live/traffic-panel";
import { requireAdminPage } from "@/lib/http/page-session";
import { listRecentFailureEvents } from "@/lib/events/attempt-feed";
import { looksLikeUndeclaredProxy, recentClientSpread } from "@/lib/otp/client-spread";
import { getGlobalLimitStatus } from "@/lib/otp/global-limit";
import { getServerContext } from "@/lib/server/app-context";
import { getSettings } from "@/lib/settings/store";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("live") };
}

const SEED_FAILURES = 20;

export default async function LivePage() {
  await requireAdminPage();
  const ctx = await getServerContext();
  const [settings, t] = await Promise.all([getSettings(ctx.db), getTranslations("live")]);
  const [recentFailures, globalLimit, spread] = await Promise.all([
    listRecentFailureEvents(ctx.db, SEED_FAILURES),
    getGlobalLimitStatus(ctx, settings.globalHourlyLimit),
    recentClientSpread(ctx),
  ]);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro", { count: SEED_FAILURES })}</p>
      </div>
      <TrafficPanel
        globalLimit={globalLimit}
        undeclaredProxy={
          looksLikeUndeclaredProxy(spread)
            ? { address: spread.soleAddress ?? "?", requests: spread.requests, trustedHops: ctx.env.TRUSTED_PROXY_HOPS }
            : null
        }
      />
      <LiveFeed initial={recentFailures} />
    </div>
  );
}
