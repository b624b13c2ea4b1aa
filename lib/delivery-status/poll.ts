// Asks Kavenegar (sms/status) how the messages we sent are doing, and writes the answers down.
// An attempt waits in the queue (delivery_pending_since set by the writer) until its status is
// final or it is too old for Kavenegar to know it.
import type { AppContext } from "@/lib/context";
import { isKavenegarError, type KavenegarError } from "@/lib/kavenegar";
import { isFinalDeliveryStatus } from "@/lib/send-log/delivery-outcome";

/** sms/status takes at most 500 ids a call (414 above). */
const BATCH_SIZE = 500;
/** A run asks about at most this many batches; the rest waits for the next run. */
const MAX_BATCHES = 10;
/** sms/status only knows messages of the last 48 hours: older ones answer 100 (unknown id). */
const STATUS_WINDOW_MS = 48 * 3_600_000;
const MESSAGE_ID = /^\d{1,15}$/;

export interface DeliveryPollResult {
  /** Message ids asked about, over every sms/status call (the failed one included). */
  asked: number;
  /** sms/status calls made, the failed one included. */
  calls: number;
  /** Attempts whose delivery status changed. */
  updated: number;
  /** Attempts that reached a final status and left the queue. */
  finished: number;
  /** Attempts that left the queue without a final status: over 48 hours old (or with no id Kavenegar could be asked about). */
  expired: number;
  /** The sms/status call that failed and ended the run; its attempts stay queued for the next. */
  error: KavenegarError | null;
}

interface PendingRow {
  id: string;
  message_id: string | null;
}

// The writer sets delivery_pending_since with the attempt, so it is also the attempt's age.
const EXPIRE = `
WITH expired AS (
  UPDATE send_attempts SET delivery_pending_since = NULL
  WHERE delivery_pending_since < $1::timestamptz
  RETURNING 1
)
SELECT count(*)::int AS count FROM expired`;

const PENDING = `
SELECT id::text AS id, message_id FROM send_attempts
WHERE delivery_pending_since IS NOT NULL
ORDER BY delivery_pending_since
LIMIT $1::int`;

/**
 * One statement for a batch's answers. `previous` is the row as it was before this statement,
 * to tell a change from a repeat; rows another run already took out of the queue are left alone.
 */
function updateStatement(count: number): string {
  const values = Array.from({ length: count }, (_, index) => `($${index * 3 + 2}::bigint, $${index * 3 + 3}::int, $${index * 3 + 4}::boolean)`);
  return `
UPDATE send_attempts AS attempt SET
  delivery_status = answer.status,
  delivery_status_at = CASE WHEN previous.delivery_status IS DISTINCT FROM answer.status THEN $1::timestamptz ELSE previous.delivery_status_at END,
  delivery_pending_since = CASE WHEN answer.final THEN NULL ELSE previous.delivery_pending_since END
FROM (VALUES ${values.join(", ")}) AS answer (id, status, final), send_attempts AS previous
WHERE attempt.id = answer.id AND previous.id = answer.id AND previous.delivery_pending_since IS NOT NULL
  AND (previous.delivery_status IS DISTINCT FROM answer.status OR answer.final)
RETURNING previous.delivery_status IS DISTINCT FROM answer.status AS changed, answer.final AS final`;
}

interface Answer {
  id: string;
  status: number;
  final: boolean;
}

async function writeAnswers(ctx: Pick<AppContext, "sql">, answers: Answer[], now: Date): Promise<{ updated: number; finished: number }> {
  if (answers.length === 0) return { updated: 0, finished: 0 };
  const params: unknown[] = [now.toISOString()];
  for (const answer of answers) params.push(answer.id, answer.status, answer.final);
  const rows = await ctx.sql.query<{ changed: boolean; final: boolean }>(updateStatement(answers.length), params);
  return { updated: rows.filter((row) => row.changed).length, finished: rows.filter((row) => row.final).length };
}

/** Takes attempts out of the queue without a status. */
async function dropUnaskable(ctx: Pick<AppContext, "sql">, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await ctx.sql.query(
    "UPDATE send_attempts SET delivery_pending_since = NULL WHERE id = ANY($1::bigint[]) AND delivery_pending_since IS NOT NULL RETURNING 1",
    [ids],
  );
  return rows.length;
}

export async function pollDeliveryStatuses(ctx: Pick<AppContext, "db" | "sql" | "kavenegar">, now = new Date()): Promise<DeliveryPollResult> {
  const result: DeliveryPollResult = { asked: 0, calls: 0, updated: 0, finished: 0, expired: 0, error: null };
  const [expired] = await ctx.sql.query<{ count: number }>(EXPIRE, [new Date(now.getTime() - STATUS_WINDOW_MS).toISOString()]);
  result.expired = expired?.count ?? 0;

  const pending = await ctx.sql.query<PendingRow>(PENDING, [BATCH_SIZE * MAX_BATCHES]);
  const askable: (PendingRow & { message_id: string })[] = [];
  const unaskable: string[] = [];
  for (const row of pending) {
    if (row.message_id !== null && MESSAGE_ID.test(row.message_id)) askable.push({ ...row, message_id: row.message_id });
    // Kavenegar would refuse the whole call (422) over one id that is not a number.
    else unaskable.push(row.id);
  }
  result.expired += await dropUnaskable(ctx, unaskable);

  for (let start = 0; start < askable.length; start += BATCH_SIZE) {
    const batch = askable.slice(start, start + BATCH_SIZE);
    // Two attempts can share an id (a sandbox simulator restarted counts from the start again).
    const messageIds = [...new Set(batch.map((row) => row.message_id))];
    result.calls += 1;
    result.asked += messageIds.length;
    let statuses: Map<number, number>;
    try {
      const { entries } = await ctx.kavenegar.status(messageIds);
      statuses = new Map(entries.map((entry) => [entry.messageid, entry.status]));
    } catch (error) {
      if (!isKavenegarError(error)) throw error;
      // Kavenegar is busy or away: the next calls of this run would fare no better.
      result.error = error;
      break;
    }
    const answers = batch.flatMap((row): Answer[] => {
      const status = statuses.get(Number(row.message_id));
      return status === undefined ? [] : [{ id: row.id, status, final: isFinalDeliveryStatus(status) }];
    });
    const written = await writeAnswers(ctx, answers, now);
    result.updated += written.updated;
    result.finished += written.finished;
  }
  return result;
}
