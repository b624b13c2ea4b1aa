import { LiveFeed } from "@/components/admin/live/live-feed";
import { TrafficPanel } from "@/components/admin/live/traffic-panel";
import { requireAdminPage } from "@/lib/http/page-session";
import { listRecentFailureEvents } from "@/lib/events/attempt-feed";
import { looksLikeUndeclaredProxy, recentClientSpread } from "@/lib/otp/client-spread";
import { getGlobalLimitStatus } from "@/lib/otp/global-limit";
import { getServerContext } from "@/lib/server/app-context";
import { getSettings } from "@/lib/settings/store";

export const metadata = { title: "Live" };

const SEED_FAILURES = 20;

export default async function LivePage() {
  await requireAdminPage();
  const ctx = await getServerContext();
  const settings = await getSettings(ctx.db);
  const [recentFailures, globalLimit, spread] = await Promise.all([
    listRecentFailureEvents(ctx.db, SEED_FAILURES),
    getGlobalLimitStatus(ctx, settings.globalHourlyLimit),
    recentClientSpread(ctx),
  ]);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-xl font-bold">Live</h1>
        <p className="text-sm text-slate-600">
          Send attempts as they happen, from every app instance. The list starts with the last {SEED_FAILURES} failures; open one for the
          provider&apos;s full answer.
        </p>
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
