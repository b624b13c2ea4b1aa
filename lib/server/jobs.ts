// The background work of the app, as jobs of the PostgreSQL queue (lib/jobs/queue.ts): each
// runs once per tick however many instances share the database, and a job whose instance
// crashed is retried by another.
import { z } from "zod";
import { refreshAndObserveAccount } from "@/lib/account/incidents";
import { getLatestAccountSnapshot } from "@/lib/account/snapshots";
import { ACCOUNT_REFRESH_MINUTES } from "@/lib/account/refresh";
import { pollDeliveryStatuses } from "@/lib/delivery-status/poll";
import { runIncidentChecks } from "@/lib/incidents/checks";
import type { JobDefinition } from "@/lib/jobs/queue";
import { deliverQueuedNotice, NOTIFY_JOB } from "@/lib/notifications/dispatch";
import { getGlobalLimitStatus } from "@/lib/otp/global-limit";
import { pruneOldRows } from "@/lib/retention/prune";
import { getSettings } from "@/lib/settings/store";
import type { ServerContext } from "./server-context";

const accountRefreshData = z.object({ unlessFresherThanMinutes: z.number().optional() });
const notifyData = z.object({ deliveryId: z.string().regex(/^\d+$/) });

/** Retries of a notification: 10 s, then doubling (pg-boss's backoff), about 5 minutes in all. */
const NOTIFY_RETRIES = 5;

function backgroundJobs(ctx: ServerContext): JobDefinition[] {
  return [
    {
      name: "account-refresh",
      cron: `*/${ACCOUNT_REFRESH_MINUTES} * * * *`,
      expireInSeconds: 120,
      async handle(data) {
        // At start-up, only when no instance has refreshed lately.
        const { unlessFresherThanMinutes } = accountRefreshData.parse(data);
        const latest = unlessFresherThanMinutes === undefined ? null : await getLatestAccountSnapshot(ctx.db);
        if (latest && Date.now() - Date.parse(latest.fetchedAt) < (unlessFresherThanMinutes ?? 0) * 60_000) return;
        await refreshAndObserveAccount(ctx);
      },
    },
    {
      name: "delivery-status",
      cron: "* * * * *",
      expireInSeconds: 120,
      async handle() {
        const result = await pollDeliveryStatuses(ctx);
        if (result.error) console.warn(`[delivery-status] sms/status failed, the rest waits for the next run: ${result.error.message}`);
      },
    },
    {
      name: "incident-checks",
      cron: "* * * * *",
      expireInSeconds: 120,
      async handle() {
        const settings = await getSettings(ctx.db);
        await runIncidentChecks(ctx, {
          globalLimitReached: async () => (await getGlobalLimitStatus(ctx, settings.globalHourlyLimit)).reached,
          reminderMinutes: settings.reminderMinutes,
        });
      },
    },
    {
      name: "retention",
      cron: "17 * * * *",
      // A run stops after 5 minutes of deleting; the next hour's goes on.
      expireInSeconds: 600,
      async handle() {
        const pruned = await pruneOldRows(ctx.sql, await getSettings(ctx.db));
        const { done: _done, ...counts } = pruned;
        if (Object.values(counts).some((count) => count > 0))
          console.info(`[retention] deleted ${JSON.stringify(counts)}${pruned.done ? "" : ", more next hour"}`);
      },
    },
    {
      name: NOTIFY_JOB,
      retryLimit: NOTIFY_RETRIES,
      retryDelaySeconds: 10,
      // Each try is bounded at 10 s (lib/notifications/result.ts): a try still running after this crashed.
      expireInSeconds: 60,
      async handle(data, attempt) {
        await deliverQueuedNotice(ctx, notifyData.parse(data).deliveryId, attempt);
      },
    },
  ];
}

/** Starts the queue's workers and schedules, and asks for an account refresh unless a recent one exists. */
export async function startBackgroundJobs(ctx: ServerContext): Promise<void> {
  await ctx.jobs.start(backgroundJobs(ctx));
  await ctx.jobs.send("account-refresh", { unlessFresherThanMinutes: ACCOUNT_REFRESH_MINUTES });
}
