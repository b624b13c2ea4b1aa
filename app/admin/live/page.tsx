import { LiveFeed } from "@/components/admin/live/live-feed";
import { requireAdminPage } from "@/lib/auth/session";
import { listRecentFailureEvents } from "@/lib/events/attempt-feed";
import { getServerContext } from "@/lib/server/app-context";

export const dynamic = "force-dynamic";
export const metadata = { title: "Live" };

const SEED_FAILURES = 20;

export default async function LivePage() {
  await requireAdminPage();
  const ctx = await getServerContext();
  const recentFailures = await listRecentFailureEvents(ctx.db, SEED_FAILURES);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-xl font-bold">Live</h1>
        <p className="text-sm text-slate-600">
          Send attempts as they happen, from every app instance. The list starts with the last {SEED_FAILURES} failures; open one for the provider&apos;s
          full answer.
        </p>
      </div>
      <LiveFeed initial={recentFailures} />
    </div>
  );
}
