// Refreshes the account snapshot in the background: one timer per process, started by lib/server/start.ts.
import type { AppContext } from "@/lib/context";
import { refreshAccountStatus } from "./refresh";
import { getLatestAccountSnapshot } from "./snapshots";

export const DEFAULT_ACCOUNT_REFRESH_INTERVAL_MS = 15 * 60 * 1000;

export interface AccountRefreshSchedule {
  intervalMs: number;
  /** Settles when the start-up check (and its refresh, if one was due) is done. */
  ready: Promise<void>;
  stop(): void;
}

export function startAccountRefreshSchedule(
  ctx: Pick<AppContext, "db" | "kavenegar">,
  intervalMs: number = DEFAULT_ACCOUNT_REFRESH_INTERVAL_MS,
): AccountRefreshSchedule {
  let running = false;
  async function refreshUnlessFresh(freshForMs: number): Promise<void> {
    if (running) return;
    running = true;
    try {
      // Another instance sharing the database (or a restart) may have refreshed just now.
      const latest = await getLatestAccountSnapshot(ctx.db);
      if (latest && Date.now() - Date.parse(latest.fetchedAt) < freshForMs) return;
      await refreshAccountStatus(ctx);
    } catch (error) {
      console.error("[account] scheduled refresh failed", error);
    } finally {
      running = false;
    }
  }

  // On a tick, this process's own previous snapshot is about one interval old: only a
  // clearly newer one (from another instance) makes the refresh unnecessary.
  const timer = setInterval(() => void refreshUnlessFresh(intervalMs / 2), intervalMs);
  timer.unref();
  const schedule: AccountRefreshSchedule = {
    intervalMs,
    ready: refreshUnlessFresh(intervalMs),
    stop() {
      clearInterval(timer);
    },
  };
  return schedule;
}
