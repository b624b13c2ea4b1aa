// The overall hourly OTP ceiling, as the console shows it: how much of this hour is used,
// and an announcement (live, to every instance's console) when it is reached.
import type { AppContext } from "@/lib/context";
import { publishLiveEvent, type LimitEvent } from "@/lib/events/live-events";
import { currentHits } from "@/lib/limits/rate-limits";
import { GLOBAL_LIMIT_KEY } from "./limits";

export interface GlobalLimitStatus {
  /** 0 when the limit is off. */
  max: number;
  used: number;
  resetsAt: string | null;
  reached: boolean;
}

/** Refused requests arrive by the hundred in an attack; the console needs to hear of it once in a while. */
const ANNOUNCE_EVERY_MS = 10_000;
let lastAnnounced = 0;

export async function getGlobalLimitStatus(ctx: Pick<AppContext, "sql">, max: number, now = new Date()): Promise<GlobalLimitStatus> {
  if (max <= 0) return { max: 0, used: 0, resetsAt: null, reached: false };
  const { hits, windowEndsAt } = await currentHits(ctx.sql, GLOBAL_LIMIT_KEY, now);
  return { max, used: hits, resetsAt: windowEndsAt?.toISOString() ?? null, reached: hits >= max };
}

export async function announceGlobalLimitReached(
  ctx: Pick<AppContext, "sql">,
  max: number,
  retryAfterSeconds: number,
  now = new Date(),
): Promise<void> {
  if (now.getTime() - lastAnnounced < ANNOUNCE_EVERY_MS) return;
  lastAnnounced = now.getTime();
  const resetsAt = new Date(now.getTime() + retryAfterSeconds * 1000).toISOString();
  console.warn(`[otp] the overall limit of ${max} codes an hour is reached until ${resetsAt}: an attack, or a client in a loop?`);
  await publishLiveEvent(ctx.sql, { type: "limit", limit: { name: "otp_global_limit", max, resetsAt } }).catch((error: unknown) =>
    console.error("[otp] limit notification failed", error),
  );
}

/** The console's banner while the limit holds, or null. */
export async function currentLimitAlert(ctx: Pick<AppContext, "sql">, max: number, now = new Date()): Promise<LimitEvent | null> {
  const status = await getGlobalLimitStatus(ctx, max, now);
  return status.reached && status.resetsAt ? { name: "otp_global_limit", max, resetsAt: status.resetsAt } : null;
}
