// Send attempts read back in the shape the live stream publishes: to seed the Live page and
// to replay what a reconnecting browser missed.
import type { Db } from "@/lib/db/database";
import { SEND_ATTEMPT_COLUMNS, toSendAttempt, type SendAttempt, type SendAttemptRow } from "@/lib/send-log/attempt";

/** How far back a reconnecting browser is caught up; older attempts are in the send log. */
const REPLAY_WINDOW_MS = 10 * 60_000;
const REPLAY_LIMIT = 100;

/** The latest failures, newest first (uses the (outcome, id) index). */
export async function listRecentFailureEvents(db: Db, limit: number): Promise<SendAttempt[]> {
  const rows = await db.$queryRawUnsafe<SendAttemptRow[]>(
    `SELECT ${SEND_ATTEMPT_COLUMNS} FROM send_attempts WHERE outcome = 'failed' ORDER BY id DESC LIMIT $1::int`,
    limit,
  );
  return rows.map(toSendAttempt);
}

/** Attempts after `afterId`, oldest first, as far back as the replay window allows. */
export async function listSendAttemptEventsAfter(db: Db, afterId: bigint, now = new Date()): Promise<SendAttempt[]> {
  const rows = await db.$queryRawUnsafe<SendAttemptRow[]>(
    `SELECT ${SEND_ATTEMPT_COLUMNS} FROM send_attempts WHERE id > $1::bigint AND created_at >= $2::timestamptz ORDER BY id LIMIT $3::int`,
    afterId.toString(),
    new Date(now.getTime() - REPLAY_WINDOW_MS).toISOString(),
    REPLAY_LIMIT,
  );
  return rows.map(toSendAttempt);
}

export async function getLatestSendAttemptId(db: Db): Promise<bigint | null> {
  const latest = await db.sendAttempt.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return latest?.id ?? null;
}
