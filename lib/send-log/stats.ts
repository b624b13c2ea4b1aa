// The send log summarised: the last day's attempts by outcome, by provider status and by hour,
// and how the accepted OTP messages fared afterwards (delivery, verification).
import type { Db } from "@/lib/db/database";
import type { SendOutcome } from "@/lib/db/generated/enums";
import { mobileOperator, type MobileOperator } from "@/lib/phone";
import { DELIVERED_STATUSES, FINAL_DELIVERY_STATUSES, UNDELIVERED_STATUSES } from "./delivery-outcome";

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

interface DeliveryCounts {
  /** OTP messages Kavenegar accepted. */
  sent: number;
  delivered: number;
  /** Failed, not delivered, blocked or filtered. */
  undelivered: number;
  /** No final delivery status yet. */
  pending: number;
  /** delivered / (delivered + undelivered), 0–1; null before any final answer. */
  deliveryRate: number | null;
}

interface LineDelivery extends DeliveryCounts {
  /** The sender line; null when Kavenegar named none. */
  sender: string | null;
  /** Codes (challenges) sent from this line, and how many of them were verified. */
  codes: number;
  verified: number;
  /** verified / codes, 0–1; null when no code was sent. */
  verificationRate: number | null;
}

interface OperatorDelivery extends DeliveryCounts {
  operator: MobileOperator;
}

export interface DeliveryStats {
  since: string;
  until: string;
  /** OTP sends only, most sent first. */
  lines: LineDelivery[];
  /** OTP sends only, in OPERATORS order, operators without sends left out. */
  operators: OperatorDelivery[];
  /** Admins' test sends, kept out of the figures above. */
  tests: { sent: number; delivered: number };
}

interface DeliveryRow {
  sender: string | null;
  /** +989xx: enough to tell the operator. */
  prefix: string;
  purpose: "otp" | "test";
  sent: number;
  delivered: number;
  undelivered: number;
  pending: number;
  codes: number;
  verified: number;
}

const OPERATORS: readonly MobileOperator[] = ["MCI", "Irancell", "Rightel", "other"];

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function emptyCounts(): DeliveryCounts {
  return { sent: 0, delivered: 0, undelivered: 0, pending: 0, deliveryRate: null };
}

function addCounts(into: DeliveryCounts, row: DeliveryRow): void {
  into.sent += row.sent;
  into.delivered += row.delivered;
  into.undelivered += row.undelivered;
  into.pending += row.pending;
  into.deliveryRate = rate(into.delivered, into.delivered + into.undelivered);
}

/**
 * The accepted sends of the 24 hours before `now` (the created_at index), by line and by the
 * phone's prefix in one statement; prefixes become operators here, where lib/phone knows them.
 * A challenge has one phone, so its codes add up across prefixes without counting twice.
 */
export async function getDeliveryStats(db: Db, now = new Date()): Promise<DeliveryStats> {
  const since = new Date(now.getTime() - STATS_WINDOW_MS);
  const rows = await db.$queryRaw<DeliveryRow[]>`
    SELECT a.sender, left(a.phone, 6) AS prefix, a.purpose::text AS purpose,
           count(*)::int AS sent,
           count(*) FILTER (WHERE a.delivery_status = ANY(${DELIVERED_STATUSES}::int[]))::int AS delivered,
           count(*) FILTER (WHERE a.delivery_status = ANY(${UNDELIVERED_STATUSES}::int[]))::int AS undelivered,
           count(*) FILTER (WHERE a.delivery_status IS NULL OR a.delivery_status <> ALL(${FINAL_DELIVERY_STATUSES}::int[]))::int AS pending,
           count(DISTINCT a.challenge_id)::int AS codes,
           count(DISTINCT a.challenge_id) FILTER (WHERE c.status = 'verified')::int AS verified
    FROM send_attempts a
    LEFT JOIN otp_challenges c ON c.id = a.challenge_id
    WHERE a.created_at >= ${since}::timestamptz AND a.created_at <= ${now}::timestamptz AND a.outcome = 'sent'
    GROUP BY 1, 2, 3`;

  const lines = new Map<string | null, LineDelivery>();
  const operators = new Map<MobileOperator, OperatorDelivery>();
  const tests = { sent: 0, delivered: 0 };
  for (const row of rows) {
    if (row.purpose === "test") {
      tests.sent += row.sent;
      tests.delivered += row.delivered;
      continue;
    }
    const line = lines.get(row.sender) ?? { sender: row.sender, ...emptyCounts(), codes: 0, verified: 0, verificationRate: null };
    addCounts(line, row);
    line.codes += row.codes;
    line.verified += row.verified;
    line.verificationRate = rate(line.verified, line.codes);
    lines.set(row.sender, line);

    const name = mobileOperator(row.prefix);
    const operator = operators.get(name) ?? { operator: name, ...emptyCounts() };
    addCounts(operator, row);
    operators.set(name, operator);
  }

  return {
    since: since.toISOString(),
    until: now.toISOString(),
    lines: [...lines.values()].sort((a, b) => b.sent - a.sent || (a.sender ?? "").localeCompare(b.sender ?? "")),
    operators: OPERATORS.flatMap((name) => operators.get(name) ?? []),
    tests,
  };
}
