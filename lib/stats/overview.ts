// What the Overview page summarises: the last day's send attempts and the account's health.
import type { Db } from "@/lib/db/database";
import type { AccountSnapshot } from "@/lib/db/generated/client";
import type { SendOutcome } from "@/lib/db/generated/enums";

const HOUR_MS = 3_600_000;
export const STATS_WINDOW_MS = 24 * HOUR_MS;
export const LOW_CREDIT_RIALS = 100_000n;
export const EXPIRY_WARNING_DAYS = 14;

export interface HourlyAttempts {
  /** Start of the hour (UTC), ISO 8601. */
  hour: string;
  sent: number;
  failed: number;
}

export interface StatusCount {
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

export interface AccountStatus {
  /** The newest snapshot that has the account's figures (a failed refresh stores none). */
  snapshot: AccountSnapshot | null;
  /** Set when the newest fetch failed. */
  lastError: { message: string; at: Date } | null;
  warnings: string[];
}

/** The latest account snapshot the Account page's refresh stored; null until one exists. */
export async function getAccountStatus(db: Db, now = new Date()): Promise<AccountStatus | null> {
  const [latest, snapshot] = await Promise.all([
    db.accountSnapshot.findFirst({ orderBy: [{ fetchedAt: "desc" }, { id: "desc" }] }),
    db.accountSnapshot.findFirst({ where: { credit: { not: null } }, orderBy: [{ fetchedAt: "desc" }, { id: "desc" }] }),
  ]);
  if (!latest) return null;
  return {
    snapshot,
    lastError: latest.error ? { message: latest.error, at: latest.fetchedAt } : null,
    warnings: snapshot ? accountWarnings(snapshot, now) : [],
  };
}

export function accountWarnings(snapshot: Pick<AccountSnapshot, "credit" | "expiresAt">, now = new Date()): string[] {
  const warnings: string[] = [];
  if (snapshot.credit !== null && snapshot.credit < LOW_CREDIT_RIALS) {
    warnings.push(`Credit is below ${LOW_CREDIT_RIALS.toLocaleString("en-US")} rials: top up the account before sends fail with 418.`);
  }
  if (snapshot.expiresAt !== null) {
    const days = (snapshot.expiresAt.getTime() - now.getTime()) / (24 * HOUR_MS);
    if (days < 0) warnings.push("The account has expired: renew it in the Kavenegar panel.");
    else if (days < EXPIRY_WARNING_DAYS) warnings.push(`The account expires in ${Math.floor(days)} day(s): renew it in the Kavenegar panel.`);
  }
  return warnings;
}
