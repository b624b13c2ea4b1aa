// The incidents no single request reveals, checked by a job once a minute (one instance runs
// it): the overall limit's window ending, lines whose messages are accepted but not
// delivered, and reminders for what stays open.
import type { SqlDriver } from "@/lib/db/database";
import { incidentDetail } from "./detail";
import type { IncidentObserver } from "./observer";
import { causeOf } from "./store";

/** The last this many final delivery statuses of a line are judged. */
const UNDELIVERED_SAMPLE = 20;
/** Fewer final statuses than this say nothing yet. */
const UNDELIVERED_MIN_SAMPLE = 4;
/** Failed, not delivered, blocked (filtered): Kavenegar accepted the message, the phone never got it. */
const UNDELIVERED_STATUSES = [6, 11, 14];
const FINAL_STATUSES = [6, 10, 11, 13, 14];

interface LineDelivery {
  sender: string;
  total: number;
  undelivered: number;
}

async function recentLineDeliveries(sql: Pick<SqlDriver, "query">, now: Date): Promise<LineDelivery[]> {
  const rows = await sql.query<{ sender: string; total: number | string; undelivered: number | string }>(
    `SELECT sender, count(*) AS total, count(*) FILTER (WHERE delivery_status = ANY($2::int[])) AS undelivered
     FROM (SELECT sender, delivery_status, row_number() OVER (PARTITION BY sender ORDER BY id DESC) AS position
           FROM send_attempts
           WHERE purpose = 'otp' AND sender IS NOT NULL AND delivery_status = ANY($3::int[])
             AND created_at > $1::timestamptz) AS recent
     WHERE position <= $4::int GROUP BY sender`,
    [new Date(now.getTime() - 7 * 24 * 3600_000).toISOString(), UNDELIVERED_STATUSES, FINAL_STATUSES, UNDELIVERED_SAMPLE],
  );
  return rows.map((row) => ({ sender: row.sender, total: Number(row.total), undelivered: Number(row.undelivered) }));
}

export interface CheckInput {
  /** Whether the overall OTP limit still refuses requests (lib/otp/global-limit.ts). */
  globalLimitReached: () => Promise<boolean>;
  reminderMinutes: number;
}

export async function runIncidentChecks(
  ctx: { sql: Pick<SqlDriver, "query">; incidents: IncidentObserver },
  input: CheckInput,
  now = new Date(),
): Promise<void> {
  const { incidents } = ctx;
  if (incidents.isOpen(causeOf("global_limit")) && !(await input.globalLimitReached())) await incidents.resolve([causeOf("global_limit")], now);

  for (const line of await recentLineDeliveries(ctx.sql, now)) {
    if (line.total >= UNDELIVERED_MIN_SAMPLE && line.undelivered * 2 >= line.total) {
      await incidents.raise(
        {
          kind: "line_undelivered",
          line: line.sender,
          ...incidentDetail("lineUndelivered", { line: line.sender, undelivered: line.undelivered, total: line.total }),
        },
        now,
      );
    } else {
      await incidents.resolve([causeOf("line_undelivered", line.sender)], now);
    }
  }

  if (input.reminderMinutes > 0) await incidents.remind(new Date(now.getTime() - input.reminderMinutes * 60_000), now);
}
