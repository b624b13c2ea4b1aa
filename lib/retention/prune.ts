// Bounded growth: what is older than Settings keep is deleted by the job queue (lib/server/
// jobs.ts), a batch at a time. Each batch is its own short statement on the created_at index,
// so no lock is held long and the OTP path never waits behind the cleanup.
import type { SqlDriver } from "@/lib/db/database";
import type { Settings } from "@/lib/settings/schema";

const DAY_MS = 24 * 3600 * 1000;

export interface PruneOptions {
  now?: Date;
  batchSize?: number;
  /** Stop after this long; the next run goes on where this one stopped. */
  budgetMs?: number;
}

export interface PruneResult {
  attempts: number;
  challenges: number;
  deliveries: number;
  buckets: number;
  /** False when the budget ran out with rows still to delete. */
  done: boolean;
}

type Table = Exclude<keyof PruneResult, "done">;

// Challenges referenced by kept attempts lose the link (ON DELETE SET NULL); a rate-limit
// bucket goes once its window has ended.
const BATCHES: Record<Table, string> = {
  attempts: `WITH doomed AS (SELECT id FROM send_attempts WHERE created_at < $1 ORDER BY created_at LIMIT $2),
    deleted AS (DELETE FROM send_attempts a USING doomed WHERE a.id = doomed.id RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
  challenges: `WITH doomed AS (SELECT id FROM otp_challenges WHERE created_at < $1 ORDER BY created_at LIMIT $2),
    deleted AS (DELETE FROM otp_challenges c USING doomed WHERE c.id = doomed.id RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
  deliveries: `WITH doomed AS (SELECT id FROM notification_deliveries WHERE created_at < $1 ORDER BY created_at LIMIT $2),
    deleted AS (DELETE FROM notification_deliveries d USING doomed WHERE d.id = doomed.id RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
  buckets: `WITH doomed AS (SELECT key FROM rate_limit_buckets WHERE window_started_at < $1 AND window_started_at + make_interval(secs => window_seconds) < $3::timestamptz
      ORDER BY window_started_at LIMIT $2),
    deleted AS (DELETE FROM rate_limit_buckets b USING doomed WHERE b.key = doomed.key RETURNING 1) SELECT count(*)::int AS n FROM deleted`,
};

export async function pruneOldRows(sql: Pick<SqlDriver, "query">, settings: Settings, options: PruneOptions = {}): Promise<PruneResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 5_000;
  const deadline = Date.now() + (options.budgetMs ?? 5 * 60_000);
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const cutoffs: Record<Table, string> = {
    attempts: before(settings.keepAttemptsDays),
    challenges: before(settings.keepChallengesDays),
    deliveries: before(settings.keepAttemptsDays),
    // The index finds buckets started over a day ago; each goes once its own window has ended.
    buckets: before(1),
  };
  const result: PruneResult = { attempts: 0, challenges: 0, deliveries: 0, buckets: 0, done: true };
  for (const table of Object.keys(BATCHES) as Table[]) {
    for (;;) {
      if (Date.now() >= deadline) return { ...result, done: false };
      const params = table === "buckets" ? [cutoffs[table], batchSize, now.toISOString()] : [cutoffs[table], batchSize];
      const [row] = await sql.query<{ n: number }>(BATCHES[table], params);
      const deleted = row?.n ?? 0;
      result[table] += deleted;
      if (deleted < batchSize) break;
    }
  }
  return result;
}
