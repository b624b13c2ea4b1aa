// The send log summarised: the last day's attempts by outcome, by provider status and by hour.
import type { Db } from "@/lib/db/database";
import type { SendOutcome } from "@/lib/db/generated/enums";

const HOUR_MS = 3_600_000;
const STATS_WINDOW_MS = 24 * HOUR_MS;

export interface HourlyAttempts {
  /** Start of the hour (UTC), ISO 8601. */
  hour: string;
  sent: number;
  failed: number;
}

interface StatusCount {
  outcome: SendOutcome;
  /** Kavenegar's `return.status`; null when no answer came (timeout, network). */
  providerStatus: number | null;
  count: number;
}

export interface AttemptStats {
  since: string;
  until: string;
  totals: Record<SendOutcome, number>;
  /** Most frequent first. */
  byStatus: StatusCount[];
  /** One entry per hour, oldest first, empty hours included. */
  hourly: HourlyAttempts[];
}

const floorHour = (time: number) => Math.floor(time / HOUR_MS) * HOUR_MS;

/** The attempts of the 24 hours before `now` (uses the created_at index). */
export async function getAttemptStats(db: Db, now = new Date()): Promise<AttemptStats> {
  const since = new Date(now.getTime() - STATS_WINDOW_MS);
  const [hourRows, statusRows] = await Promise.all([
    // Hours are cut in UTC whatever the session's time zone: Iran's is +03:30.
    db.$queryRaw<{ hour: Date; outcome: SendOutcome; count: number }[]>`
      SELECT date_trunc('hour', created_at, 'UTC') AS hour, outcome::text AS outcome, count(*)::int AS count
      FROM send_attempts
      WHERE created_at >= ${since}::timestamptz AND created_at <= ${now}::timestamptz
      GROUP BY 1, 2`,
    db.sendAttempt.groupBy({
      by: ["outcome", "providerStatus"],
      where: { createdAt: { gte: since, lte: now } },
      _count: { _all: true },
    }),
  ]);

  const hourly = new Map<number, HourlyAttempts>();
  for (let hour = floorHour(since.getTime()); hour <= now.getTime(); hour += HOUR_MS) {
    hourly.set(hour, { hour: new Date(hour).toISOString(), sent: 0, failed: 0 });
  }
  const totals: Record<SendOutcome, number> = { sent: 0, failed: 0 };
  for (const row of hourRows) {
    const bucket = hourly.get(new Date(row.hour).getTime());
    if (bucket) bucket[row.outcome] += row.count;
    totals[row.outcome] += row.count;
  }

  const byStatus = statusRows
    .map((row) => ({ outcome: row.outcome, providerStatus: row.providerStatus, count: row._count._all }))
    .sort((a, b) => b.count - a.count || (a.providerStatus ?? 0) - (b.providerStatus ?? 0));

  return { since: since.toISOString(), until: now.toISOString(), totals, byStatus, hourly: [...hourly.values()] };
}
