// From an incident's change to a message on every channel that is on: each message is kept
// (notification_deliveries) with the words it was queued with, sent by a job (lib/jobs) that
// one instance runs, retried with backoff while the receiver fails, and its outcome recorded.
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { Db, SqlDriver } from "@/lib/db/database";
import { ValidationError, reason } from "@/lib/errors";
import type { Incident } from "@/lib/incidents/incident";
import type { JobQueue } from "@/lib/jobs/queue";
import { sendToTarget, type ChannelName } from "./channels";
import { noticeTitle, testNotice, type IncidentNotice, type NoticeEvent, type NoticeLanguage } from "./notice";
import { getSettings } from "@/lib/settings/store";
import { channelConfig, enabledChannels, getNotificationSettings, isConfigured } from "./settings";

export const NOTIFY_JOB = "notify";

export interface NotifyContext {
  db: Db;
  sql: Pick<SqlDriver, "query">;
  jobs: Pick<JobQueue, "send">;
  /** The console's incidents page, linked from every message. */
  consoleUrl: string;
}

export interface NotificationDeliveryView {
  id: string;
  incidentId: string | null;
  channel: ChannelName;
  event: NoticeEvent;
  outcome: "pending" | "sent" | "failed";
  tries: number;
  /** What the receiver answered, or why it could not be reached (secrets masked). */
  result: string;
  title: string;
  createdAt: string;
  updatedAt: string;
}

interface DeliveryRow {
  id: string | number | bigint;
  incident_id: string | number | bigint | null;
  channel: ChannelName;
  event: NoticeEvent;
  outcome: NotificationDeliveryView["outcome"];
  tries: number;
  result: string;
  notice: IncidentNotice | string;
  created_at: Date | string;
  updated_at: Date | string;
}

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();
const noticeOf = (row: Pick<DeliveryRow, "notice">): IncidentNotice =>
  typeof row.notice === "string" ? (JSON.parse(row.notice) as IncidentNotice) : row.notice;

function toView(row: DeliveryRow): NotificationDeliveryView {
  return {
    id: String(row.id),
    incidentId: row.incident_id === null ? null : String(row.incident_id),
    channel: row.channel,
    event: row.event,
    outcome: row.outcome,
    tries: row.tries,
    result: row.result,
    title: noticeTitle(noticeOf(row)),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

const COLUMNS = "id, incident_id, channel, event, outcome, tries, result, notice, created_at, updated_at";

async function insertDelivery(sql: NotifyContext["sql"], channel: ChannelName, notice: IncidentNotice) {
  const incidentId = notice.event === "test" ? null : notice.incident.id;
  const [row] = await sql.query<DeliveryRow>(
    `INSERT INTO notification_deliveries (incident_id, channel, event, notice)
     VALUES ($1::bigint, $2::"NotificationChannel", $3::"NotificationEvent", $4::jsonb) RETURNING ${COLUMNS}`,
    [incidentId, channel, notice.event, JSON.stringify(notice)],
  );
  if (!row) throw new Error("INSERT … RETURNING gave no row");
  return row;
}

/** Counts a try of a message still pending; null when it is no longer pending (already sent by a run before a crash). */
async function claimDelivery(sql: NotifyContext["sql"], id: string): Promise<DeliveryRow | null> {
  const [row] = await sql.query<DeliveryRow>(
    `UPDATE notification_deliveries SET tries = tries + 1, updated_at = now()
     WHERE id = $1::bigint AND outcome = 'pending' RETURNING ${COLUMNS}`,
    [id],
  );
  return row ?? null;
}

async function recordOutcome(
  sql: NotifyContext["sql"],
  id: string,
  outcome: NotificationDeliveryView["outcome"],
  result: string,
): Promise<DeliveryRow> {
  const [row] = await sql.query<DeliveryRow>(
    `UPDATE notification_deliveries SET outcome = $2::"NotificationOutcome", result = $3, updated_at = now() WHERE id = $1::bigint RETURNING ${COLUMNS}`,
    [id, outcome, result.slice(0, 2000)],
  );
  if (!row) throw new Error(`notification delivery ${id} is gone`);
  return row;
}

/** Settings' notification language and time zone, fixed on a message when it is queued. */
async function noticeLanguage(db: Db): Promise<NoticeLanguage> {
  const { notificationLocale, timeZone } = await getSettings(db);
  return { locale: notificationLocale, timeZone };
}

/** One message per channel that is on, queued for delivery; none when every channel is off. */
export async function queueIncidentNotices(ctx: NotifyContext, event: Exclude<NoticeEvent, "test">, incident: Incident): Promise<number> {
  const channels = enabledChannels(await getNotificationSettings(ctx.db));
  const notice: IncidentNotice = { event, incident, consoleUrl: ctx.consoleUrl, language: await noticeLanguage(ctx.db) };
  for (const { channel } of channels) {
    const row = await insertDelivery(ctx.sql, channel, notice);
    const id = String(row.id);
    const queued = await ctx.jobs.send(NOTIFY_JOB, { deliveryId: id }).catch((error: unknown) => {
      console.error("[notifications] not queued", error);
      return false;
    });
    if (!queued) await recordOutcome(ctx.sql, id, "failed", "not queued: this process runs no job queue");
  }
  return channels.length;
}

export interface DeliveryAttempt {
  retryCount: number;
  retryLimit: number;
}

/**
 * The notify job: sends one queued message. A failure is recorded and thrown, so that the queue
 * tries again later (with backoff) until its retries are spent; then the message counts as failed.
 */
export async function deliverQueuedNotice(ctx: Pick<NotifyContext, "db" | "sql">, deliveryId: string, attempt: DeliveryAttempt): Promise<void> {
  const row = await claimDelivery(ctx.sql, deliveryId);
  if (!row) return;
  const settings = await getNotificationSettings(ctx.db);
  if (!settings[row.channel].enabled) {
    await recordOutcome(ctx.sql, deliveryId, "failed", "not sent: the channel was turned off");
    return;
  }
  const result = await sendToTarget(channelConfig(settings, row.channel), noticeOf(row));
  const final = result.ok || attempt.retryCount >= attempt.retryLimit;
  await recordOutcome(ctx.sql, deliveryId, result.ok ? "sent" : final ? "failed" : "pending", result.summary);
  if (!final) throw new Error(`${row.channel}: ${result.summary}`);
}

/** "Send test notification": a made-up incident to one channel, now, kept and audited like any other. */
export async function sendTestNotification(
  ctx: Pick<NotifyContext, "db" | "sql" | "consoleUrl">,
  actor: Actor,
  channel: ChannelName,
): Promise<NotificationDeliveryView> {
  const settings = await getNotificationSettings(ctx.db);
  if (!isConfigured(settings, channel)) throw new ValidationError(reason("channelNotConfigured", { channel }));
  const notice = testNotice(ctx.consoleUrl, await noticeLanguage(ctx.db));
  const id = String((await insertDelivery(ctx.sql, channel, notice)).id);
  await claimDelivery(ctx.sql, id);
  const result = await sendToTarget(channelConfig(settings, channel), notice);
  const row = await recordOutcome(ctx.sql, id, result.ok ? "sent" : "failed", result.summary);
  await recordAudit(ctx.db, {
    actor,
    action: "notifications.test",
    target: `notifications:${channel}`,
    after: { ok: result.ok, result: result.summary },
  });
  return toView(row);
}

/** The latest messages, newest first. */
export async function listNotificationDeliveries(sql: NotifyContext["sql"], limit = 50): Promise<NotificationDeliveryView[]> {
  const rows = await sql.query<DeliveryRow>(`SELECT ${COLUMNS} FROM notification_deliveries ORDER BY id DESC LIMIT $1::int`, [limit]);
  return rows.map(toView);
}
