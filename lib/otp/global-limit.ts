// The overall hourly OTP ceiling: how much of this hour is used, and an incident when it is
// reached (an attack, or a client in a loop, is spending credit).
import type { AppContext } from "@/lib/context";
import type { SqlDriver } from "@/lib/db/database";
import { incidentDetail } from "@/lib/incidents/detail";
import { currentHits } from "@/lib/limits/rate-limits";
import { globalLimitShards } from "./limits";

export interface GlobalLimitStatus {
  /** 0 when the limit is off. */
  max: number;
  used: number;
  resetsAt: string | null;
  reached: boolean;
}

/** Refused requests arrive by the hundred in an attack; the incident hears of them once in a while. */
const RAISE_EVERY_MS = 10_000;
let lastRaised = 0;

export async function getGlobalLimitStatus(ctx: { sql: Pick<SqlDriver, "query"> }, max: number, now = new Date()): Promise<GlobalLimitStatus> {
  if (max <= 0) return { max: 0, used: 0, resetsAt: null, reached: false };
  const shards = globalLimitShards(max).map((shard) => shard.key);
  const { hits, firstWindowEndsAt } = await currentHits(ctx.sql, shards, now);
  return { max, used: hits, resetsAt: firstWindowEndsAt?.toISOString() ?? null, reached: hits >= max };
}

export async function globalLimitReached(
  ctx: Pick<AppContext, "incidents">,
  max: number,
  retryAfterSeconds: number,
  now = new Date(),
): Promise<void> {
  if (now.getTime() - lastRaised < RAISE_EVERY_MS) return;
  lastRaised = now.getTime();
  const resetsAt = new Date(now.getTime() + retryAfterSeconds * 1000);
  console.warn(`[otp] the overall limit of ${max} codes an hour is reached until ${resetsAt.toISOString()}: an attack, or a client in a loop?`);
  await ctx.incidents.raise(
    {
      kind: "global_limit",
      ...incidentDetail("globalLimit", { max, until: resetsAt.toISOString().slice(11, 16) }),
    },
    now,
  );
}
