// Send attempts read back from the database in the shape the live stream publishes:
// to seed the Live page and to replay what a reconnecting browser missed.
import type { Db } from "@/lib/db/database";
import { toSendAttemptEvent, type SendAttemptEvent } from "./live-events";

/** How far back a reconnecting browser is caught up; older attempts are in the send log. */
const REPLAY_WINDOW_MS = 10 * 60_000;
const REPLAY_LIMIT = 100;

/** The latest failures, newest first (uses the (outcome, id) index). */
export async function listRecentFailureEvents(db: Db, limit: number): Promise<SendAttemptEvent[]> {
  const rows = await db.sendAttempt.findMany({
    where: { outcome: "failed" },
    orderBy: { id: "desc" },
    take: limit,
    omit: { providerResponse: true },
  });
  return rows.map(toSendAttemptEvent);
}

/** Attempts after `afterId`, oldest first, as far back as the replay window allows. */
export async function listSendAttemptEventsAfter(db: Db, afterId: bigint, now = new Date()): Promise<SendAttemptEvent[]> {
  const rows = await db.sendAttempt.findMany({
    where: { id: { gt: afterId }, createdAt: { gte: new Date(now.getTime() - REPLAY_WINDOW_MS) } },
    orderBy: { id: "asc" },
    take: REPLAY_LIMIT,
    omit: { providerResponse: true },
  });
  return rows.map(toSendAttemptEvent);
}

export async function getLatestSendAttemptId(db: Db): Promise<bigint | null> {
  const latest = await db.sendAttempt.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? null;
}
