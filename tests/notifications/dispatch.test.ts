// From an incident to messages on every channel that is on, through the job queue, against
// real receivers: a webhook receiver, a fake Bot API and an SMTP server. Retries with backoff,
// every delivery kept with its outcome, secrets masked in what the console shows and audits.
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { JobQueue } from "@/lib/jobs/queue";
import {
  deliverQueuedNotice,
  listNotificationDeliveries,
  NOTIFY_JOB,
  queueIncidentNotices,
  sendTestNotification,
  type NotifyContext,
} from "@/lib/notifications/dispatch";
import {
  changeNotificationSettings,
  getNotificationSettings,
  notificationSettingsFromEnv,
  seedNotificationSettings,
  toNotificationSettingsView,
} from "@/lib/notifications/settings";
import { signWebhookBody } from "@/lib/notifications/webhook";
import { createTestContext, type TestContext } from "../helpers/test-context";
import { startReceiver, type HttpReceiver } from "./http-receiver";

const SECRET = "webhook-signing-secret-0123456789";
const TOKEN = "123456789:AAH-fake_Token-abcdefghijklmnopqrs";
const SMTP_PASSWORD = "smtp-password-42";
const admin = { email: "ops@example.test", clientAddress: "192.0.2.9" };

let t: TestContext;
let webhook: HttpReceiver;
let botApi: HttpReceiver;
let smtp: SMTPServer;
let smtpPort: number;
const mails: string[] = [];
let queue: JobQueue;
let notify: NotifyContext;
/** How the webhook receiver answers the next requests: a status per request, then 200. */
let webhookAnswers: number[] = [];

async function settle(predicate: () => Promise<boolean>, timeout = 20_000) {
  await expect.poll(predicate, { timeout, interval: 200 }).toBe(true);
}

beforeAll(async () => {
  t = await createTestContext();
  webhook = await startReceiver(() => ({ status: webhookAnswers.shift() ?? 200, body: "{}" }));
  botApi = await startReceiver(() => ({ status: 200, body: '{"ok":true,"result":{}}' }));
  smtp = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, callback) => callback(auth.password === SMTP_PASSWORD ? null : new Error("bad password"), { user: auth.username }),
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const address = smtp.server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  smtpPort = address.port;

  queue = new JobQueue(t.ctx.sql, { maintenanceIntervalSeconds: 1, pollingIntervalSeconds: 0.5 });
  notify = { db: t.ctx.db, sql: t.ctx.sql, jobs: queue, consoleUrl: "https://otp.example.com/admin/incidents" };
  await queue.start([
    {
      name: NOTIFY_JOB,
      retryLimit: 2,
      retryDelaySeconds: 1,
      expireInSeconds: 30,
      handle: (data, attempt) => deliverQueuedNotice(t.ctx, (data as { deliveryId: string }).deliveryId, attempt),
    },
  ]);
});
afterAll(async () => {
  await queue.stop();
  await Promise.all([webhook.close(), botApi.close(), new Promise<void>((resolve) => smtp.close(resolve))]);
  await t.close();
});
beforeEach(() => {
  webhookAnswers = [];
});

const env = () => ({
  ALERT_WEBHOOK_URL: `${webhook.url}/hooks/T000/B000/XXXX`,
  ALERT_WEBHOOK_SECRET: SECRET,
  SMTP_URL: `smtp://alerts:${SMTP_PASSWORD}@127.0.0.1:${smtpPort}`,
  ALERT_EMAIL_FROM: "alerts@otp.example.com",
  ALERT_EMAIL_TO: ["ops@example.com"],
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_CHAT_ID: "-1001234567890",
  TELEGRAM_API_BASE_URL: botApi.url,
});

describe("settings", () => {
  it("are seeded from the environment once, and never replace what an admin saved", async () => {
    expect(await seedNotificationSettings(t.ctx.db, {})).toBe(false);
    expect(await seedNotificationSettings(t.ctx.db, env())).toBe(true);
    expect(await getNotificationSettings(t.ctx.db)).toEqual(notificationSettingsFromEnv(env()));
    expect(await seedNotificationSettings(t.ctx.db, { ...env(), TELEGRAM_CHAT_ID: "@other_channel" })).toBe(false);
    expect((await getNotificationSettings(t.ctx.db)).telegram.chatId).toBe("-1001234567890");
  });

  it("are shown and audited with every secret masked", async () => {
    const view = toNotificationSettingsView(await getNotificationSettings(t.ctx.db));
    const shown = JSON.stringify(view);
    for (const secret of [SECRET, "XXXX", SMTP_PASSWORD, TOKEN.split(":")[1] ?? ""]) expect(shown).not.toContain(secret);
    expect(view.webhook).toEqual({ enabled: true, url: `${webhook.url}/•••`, secretSet: true });
    expect(view.telegram.botToken).toBe("123456789:•••");

    await changeNotificationSettings(t.ctx.db, admin, { telegram: { chatId: "@otp_alerts" }, webhook: { secret: "another-secret-value" } });
    const audit = await t.ctx.db.auditEntry.findFirstOrThrow({ where: { action: "notifications.update" }, orderBy: { id: "desc" } });
    expect(audit.target).toBe("notifications:webhook.secret,telegram.chatId");
    const recorded = JSON.stringify([audit.before, audit.after]);
    expect(recorded).not.toContain("another-secret-value");
    expect(recorded).not.toContain(SECRET);
    // A secret left out of a change is kept.
    expect((await getNotificationSettings(t.ctx.db)).webhook.secret).toBe("another-secret-value");
    await changeNotificationSettings(t.ctx.db, admin, { telegram: { chatId: "-1001234567890" }, webhook: { secret: SECRET } });
  });

  it("refuse what cannot work, naming the field, and change nothing", async () => {
    const before = await getNotificationSettings(t.ctx.db);
    await expect(changeNotificationSettings(t.ctx.db, admin, { webhook: { url: "ftp://example.com/hook" } })).rejects.toThrow(/^webhook\.url /);
    await expect(changeNotificationSettings(t.ctx.db, admin, { email: { to: ["ops@example.com", "not-an-address"] } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(changeNotificationSettings(t.ctx.db, admin, { telegram: { enabled: true, botToken: "" } })).rejects.toThrow(
      /telegram\.botToken is required to turn this channel on/,
    );
    expect(await getNotificationSettings(t.ctx.db)).toEqual(before);
  });
});

describe("an incident's messages", () => {
  it("go out once on every channel, signed, and are kept with their outcome", async () => {
    const webhookBefore = webhook.requests.length;
    const botBefore = botApi.requests.length;
    const mailsBefore = mails.length;
    const incident = await t.ctx.incidents.raise({
      kind: "line_refused",
      line: "10008663",
      providerStatus: 412,
      providerMessage: "ارسال کننده نامعتبر است",
      detail: "",
    });
    expect(await queueIncidentNotices(notify, "opened", incident)).toBe(3);

    await settle(async () => (await listNotificationDeliveries(t.ctx.sql)).slice(0, 3).every((delivery) => delivery.outcome === "sent"));
    expect(webhook.requests.length - webhookBefore).toBe(1);
    expect(botApi.requests.length - botBefore).toBe(1);
    expect(mails.length - mailsBefore).toBe(1);

    const request = webhook.requests.at(-1)!;
    expect(request.path).toBe("/hooks/T000/B000/XXXX");
    expect(request.headers["x-signature"]).toBe(signWebhookBody(request.raw.toString("utf8"), SECRET));
    expect(JSON.parse(request.raw.toString("utf8"))).toMatchObject({
      event: "opened",
      kind: "line_refused",
      state: "open",
      line: "10008663",
      provider_status: 412,
      provider_message: "ارسال کننده نامعتبر است",
      console_url: "https://otp.example.com/admin/incidents",
      text: expect.stringContaining("OPEN: Kavenegar refuses sender line 10008663 (412)"),
    });
    expect(mails.at(-1)).toContain("Subject: OPEN: Kavenegar refuses sender line 10008663 (412)");

    const deliveries = (await listNotificationDeliveries(t.ctx.sql)).slice(0, 3);
    expect(deliveries.map((delivery) => delivery.channel).sort()).toEqual(["email", "telegram", "webhook"]);
    for (const delivery of deliveries) expect(delivery).toMatchObject({ incidentId: incident.id, event: "opened", outcome: "sent", tries: 1 });
  });

  it("are retried with backoff while the receiver fails, and the outcome of each try is kept", async () => {
    await changeNotificationSettings(t.ctx.db, admin, { email: { enabled: false }, telegram: { enabled: false } });
    webhookAnswers = [500, 503];
    const before = webhook.requests.length;
    const incident = await t.ctx.incidents.raise({ kind: "no_credit", providerStatus: 418, detail: "" });
    await queueIncidentNotices(notify, "opened", incident);

    await settle(async () => (await listNotificationDeliveries(t.ctx.sql, 1))[0]?.outcome === "sent");
    expect(webhook.requests.length - before).toBe(3);
    expect((await listNotificationDeliveries(t.ctx.sql, 1))[0]).toMatchObject({ channel: "webhook", tries: 3, outcome: "sent", result: "HTTP 200" });
  });

  it("count as failed once the retries are spent, with the receiver's last answer", async () => {
    webhookAnswers = [500, 500, 500];
    const incident = await t.ctx.incidents.raise({ kind: "provider_unreachable", detail: "" });
    await queueIncidentNotices(notify, "opened", incident);
    await settle(async () => (await listNotificationDeliveries(t.ctx.sql, 1))[0]?.outcome === "failed");
    expect((await listNotificationDeliveries(t.ctx.sql, 1))[0]).toMatchObject({ tries: 3, result: "HTTP 500: {}" });
  });

  it("are not sent when every channel is off", async () => {
    await changeNotificationSettings(t.ctx.db, admin, { webhook: { enabled: false } });
    const incident = await t.ctx.incidents.raise({ kind: "low_credit", detail: "" });
    expect(await queueIncidentNotices(notify, "opened", incident)).toBe(0);
    await changeNotificationSettings(t.ctx.db, admin, { webhook: { enabled: true }, email: { enabled: true }, telegram: { enabled: true } });
  });
});

describe("Send test notification", () => {
  it("sends a made-up incident to one channel now, keeps and audits the outcome", async () => {
    const before = botApi.requests.length;
    const delivery = await sendTestNotification(notify, admin, "telegram");
    expect(delivery).toMatchObject({ channel: "telegram", event: "test", outcome: "sent", tries: 1, incidentId: null, result: "Telegram: ok" });
    expect(botApi.requests.length - before).toBe(1);
    const audit = await t.ctx.db.auditEntry.findFirstOrThrow({ where: { action: "notifications.test" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorEmail: admin.email, target: "notifications:telegram", after: { ok: true, result: "Telegram: ok" } });
  });

  it("reports the receiver's refusal, without the secrets", async () => {
    await changeNotificationSettings(t.ctx.db, admin, { email: { smtpUrl: `smtp://alerts:wrong-password@127.0.0.1:${smtpPort}` } });
    const delivery = await sendTestNotification(notify, admin, "email");
    expect(delivery.outcome).toBe("failed");
    expect(delivery.result).not.toContain("wrong-password");
  });

  it("refuses a channel that is not configured", async () => {
    await changeNotificationSettings(t.ctx.db, admin, { telegram: { enabled: false, botToken: "", chatId: "" } });
    await expect(sendTestNotification(notify, admin, "telegram")).rejects.toThrow(/telegram is not configured/);
  });
});
