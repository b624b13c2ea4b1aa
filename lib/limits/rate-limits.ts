// Rate limits kept in PostgreSQL, so that they hold across app instances and restarts.
// One statement takes a hit from every limit of a request, or from none (the SQL function
// consume_rate_limits in the security migration): concurrent requests never pass more than
// a limit allows, and a refused request costs nothing against the others.
import type { SqlDriver } from "@/lib/db/database";

export interface RateLimit<Name extends string = string> {
  /** What the caller is told when this limit is full. */
  name: Name;
  /** The bucket: the limit and its subject, e.g. "otp:phone:hour:+989123456789". */
  key: string;
  max: number;
  windowSeconds: number;
}

export type RateLimitVerdict<Name extends string = string> = { allowed: true } | { allowed: false; name: Name; retryAfterSeconds: number };

type Queryable = Pick<SqlDriver, "query">;

/** The SQL that takes the hits; `$1…$4` as `consumeArguments` orders them. Usable inside a larger statement. */
export const CONSUME_RATE_LIMITS_SQL = "consume_rate_limits($1::text[], $2::int[], $3::int[], $4::timestamptz)";

export function consumeArguments(limits: readonly RateLimit[], now: Date): unknown[] {
  return [limits.map((limit) => limit.key), limits.map((limit) => limit.max), limits.map((limit) => limit.windowSeconds), now.toISOString()];
}

export function verdictOf<Name extends string>(
  limits: readonly RateLimit<Name>[],
  row: { limited_key: string | null; retry_after_seconds: number | null } | undefined,
): RateLimitVerdict<Name> {
  const limit = row?.limited_key ? limits.find((candidate) => candidate.key === row.limited_key) : undefined;
  return limit ? { allowed: false, name: limit.name, retryAfterSeconds: row?.retry_after_seconds ?? 1 } : { allowed: true };
}

/** Takes one hit from each limit (listed in the order they should be reported), or none. */
export async function consumeRateLimits<Name extends string>(
  sql: Queryable,
  limits: readonly RateLimit<Name>[],
  now: Date = new Date(),
): Promise<RateLimitVerdict<Name>> {
  const active = limits.filter((limit) => limit.max > 0);
  if (active.length === 0) return { allowed: true };
  const rows = await sql.query<{ limited_key: string; retry_after_seconds: number }>(
    `SELECT * FROM ${CONSUME_RATE_LIMITS_SQL}`,
    consumeArguments(active, now),
  );
  return verdictOf(active, rows[0]);
}

/** Gives back one hit, e.g. a sign-in try that turned out to be the right password. */
export async function refundRateLimits(sql: Queryable, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await sql.query(`UPDATE rate_limit_buckets SET hits = hits - 1 WHERE key = ANY($1::text[]) AND hits > 0`, [keys]);
}

/** Hits in the current windows of these buckets, added up, and when the first of those windows ends (a bucket expired or never made counts 0). */
export async function currentHits(
  sql: Queryable,
  keys: readonly string[],
  now: Date = new Date(),
): Promise<{ hits: number; firstWindowEndsAt: Date | null }> {
  const [row] = await sql.query<{ hits: number | string | null; ends_at: Date | string | null }>(
    `SELECT sum(hits) AS hits, min(ends_at) AS ends_at
     FROM (SELECT hits, window_started_at + make_interval(secs => window_seconds) AS ends_at FROM rate_limit_buckets WHERE key = ANY($1::text[])) AS bucket
     WHERE ends_at > $2::timestamptz`,
    [keys, now.toISOString()],
  );
  return { hits: Number(row?.hits ?? 0), firstWindowEndsAt: row?.ends_at ? new Date(row.ends_at) : null };
}
