// Two production servers (`npm start`) on one PostgreSQL, as behind a load balancer: a 412 on
// the first opens one incident, the second's console hears it live, one webhook message goes
// out; the switch on the second resolves it on both, and one resolve message goes out.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/sessions";
import { SANDBOX_API_KEY, startKavenegarSimulator, type RunningSimulator } from "@/lib/kavenegar/simulator";
import { signWebhookBody } from "@/lib/notifications/webhook";
import { listSenderLines, seedSenderLines } from "@/lib/senders/store";
import { insertAdminUser } from "../helpers/admin-users";
import { startAppServer, type AppServer } from "../helpers/app-server";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { startReceiver, type HttpReceiver } from "../notifications/http-receiver";

const CONSOLE = "https://otp.example.com";
const ENV = {
  KAVENEGAR_API_KEY: SANDBOX_API_KEY,
  OTP_SECRET: "two-instances-otp-secret-0123456789abcdef",
  NEXTAUTH_SECRET: "two-instances-auth-secret-0123456789abcdef",
  NEXTAUTH_URL: CONSOLE,
  ALERT_WEBHOOK_SECRET: "two-instances-webhook-secret",
};

interface EventStream {
  text(): string;
  close(): void;
}

/** A console's live stream, read as raw Server-Sent Events text. */
async function openEventStream(app: AppServer, cookie: string): Promise<EventStream> {
  const controller = new AbortController();
  const response = await fetch(`${app.url}/api/admin/events`, { headers: { cookie }, signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body?.getReader();
  if (!reader) throw new Error("no body");
  let text = "";
  const decoder = new TextDecoder();
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      text += decoder.decode(value, { stream: true });
    }
  })();
  await expect.poll(() => text, { timeout: 10_000 }).toContain("event: ready");
  return { text: () => text, close: () => controller.abort() };
}

const incidentEvents = (stream: EventStream) =>
  stream
    .text()
    .split("\n\n")
    .filter((block) => block.includes("event: incident"))
    .map(
      (block) =>
        JSON.parse(
          block
            .split("\n")
            .find((line) => line.startsWith("data: "))
            ?.slice(6) ?? "{}",
        ) as { change: string; incident: { kind: string; state: string } },
    );

describe.runIf(process.env.TEST_DATABASE_URL)("two instances on one database", () => {
  let database: TestDatabase;
  let simulator: RunningSimulator;
  let webhook: HttpReceiver;
  let first: AppServer;
  let second: AppServer;
  let cookie: string;
  const streams: EventStream[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    simulator = await startKavenegarSimulator({ port: 0 });
    webhook = await startReceiver(() => ({ status: 200, body: "ok" }));
    // The active line is one Kavenegar refuses (not assigned to the account): every OTP fails with 412.
    await seedSenderLines(database.prisma, ["10008663", "20005006666"], "10008663");
    const env = { ...ENV, DATABASE_URL: database.url ?? "", KAVENEGAR_BASE_URL: simulator.url, ALERT_WEBHOOK_URL: `${webhook.url}/hook` };
    [first, second] = await Promise.all([startAppServer(env), startAppServer(env)]);
    const admin = await insertAdminUser(database.prisma, { email: "ops@two.test", role: "admin" });
    const sid = await startSession(database.prisma, admin.id, "127.0.0.1");
    cookie = `next-auth.session-token=${await encode({ token: { sid }, secret: ENV.NEXTAUTH_SECRET })}`;
  }, 120_000);
  afterAll(async () => {
    for (const stream of streams) stream.close();
    await Promise.all([first?.stop(), second?.stop()]);
    await webhook?.close();
    await simulator?.close();
    await database?.drop();
  });

  const messages = (event: string) =>
    webhook.requests.filter((request) => (JSON.parse(request.raw.toString("utf8")) as { event: string }).event === event);
  const incidentsOn = async (app: AppServer) =>
    (
      (await (await fetch(`${app.url}/api/admin/incidents`, { headers: { cookie } })).json()) as {
        incidents: { kind: string; state: string; line: string }[];
      }
    ).incidents;

  it("opens one incident for a 412 on the first, shown live on the second, with one webhook message", async () => {
    const onSecond = await openEventStream(second, cookie);
    streams.push(onSecond);
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        fetch(`${first.url}/api/v1/usr/otp`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ phone_number: `+98912777000${i}` }),
        }),
      ),
    );
    expect(await Promise.all(answers.map(async (answer) => [answer.status, ((await answer.json()) as { code: string }).code]))).toEqual(
      Array(5).fill([503, "sender_invalid"]),
    );

    await expect
      .poll(() => incidentEvents(onSecond).some((event) => event.change === "opened" && event.incident.kind === "line_refused"), { timeout: 10_000 })
      .toBe(true);
    expect(await incidentsOn(second)).toEqual([expect.objectContaining({ kind: "line_refused", state: "open", line: "10008663", count: 5 })]);

    await expect.poll(() => messages("opened").length, { timeout: 20_000 }).toBe(1);
    const [message] = messages("opened");
    expect(message?.headers["x-signature"]).toBe(signWebhookBody(message?.raw.toString("utf8") ?? "", ENV.ALERT_WEBHOOK_SECRET));
    expect(JSON.parse(message?.raw.toString("utf8") ?? "{}")).toMatchObject({
      kind: "line_refused",
      state: "open",
      line: "10008663",
      provider_status: 412,
      count: 1,
      console_url: `${CONSOLE}/admin/incidents`,
    });
  }, 60_000);

  it("resolves on both after the switch on the second, with one resolve message", async () => {
    const onFirst = await openEventStream(first, cookie);
    streams.push(onFirst);
    const good = (await listSenderLines(database.prisma)).find((line) => line.number === "20005006666");
    const switched = await fetch(`${second.url}/api/admin/senders/${good?.id}/activate`, {
      method: "POST",
      headers: { cookie, origin: CONSOLE, "content-type": "application/json" },
      body: "{}",
    });
    expect(switched.status).toBe(200);
    const sent = await fetch(`${second.url}/api/v1/usr/otp`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone_number: "+989127770099" }),
    });
    expect(sent.status).toBe(200);

    await expect.poll(() => incidentEvents(onFirst).some((event) => event.change === "resolved"), { timeout: 10_000 }).toBe(true);
    for (const app of [first, second]) expect(await incidentsOn(app)).toEqual([expect.objectContaining({ kind: "line_refused", state: "resolved" })]);

    await expect.poll(() => messages("resolved").length, { timeout: 20_000 }).toBe(1);
    // Long enough for a second instance's duplicate to have arrived, had there been one.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect([messages("opened").length, messages("resolved").length]).toEqual([1, 1]);
    expect(webhook.requests).toHaveLength(2);
  }, 60_000);
});
