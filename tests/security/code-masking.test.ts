// Finding 5: no OTP code is ever stored. A provider that quotes the message in an error (as
// some gateways and proxies do) must not put the code in the send log, its CSV or the
// live stream's replay.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppContext } from "@/lib/context";
import { listSendAttemptEventsAfter } from "@/lib/events/attempt-feed";
import { IncidentObserver } from "@/lib/incidents/observer";
import { KavenegarClient } from "@/lib/kavenegar";
import { requestOtp } from "@/lib/otp/service";
import { createSendLogCsvStream } from "@/lib/send-log/csv";
import { getSendAttempt } from "@/lib/send-log/query";
import { parseSendLogFilters } from "@/lib/send-log/schemas";
import { seedSenderLines } from "@/lib/senders/store";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { SettingsCache } from "@/lib/settings/cache";

type Echo = "api-error" | "persian-digits" | "not-json";

let database: TestDatabase;
let provider: Server;
let echo: Echo = "api-error";
/** The texts the provider received, in order. */
const received: string[] = [];
let ctx: AppContext;

const toPersian = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));

beforeAll(async () => {
  database = await createTestDatabase();
  await seedSenderLines(database.prisma, ["20005006666"], "20005006666");
  provider = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const message = new URLSearchParams(body).get("message") ?? "";
      received.push(message);
      if (echo === "not-json") {
        res.writeHead(502, { "Content-Type": "text/plain" });
        return res.end(`upstream refused: ${message}`);
      }
      const quoted = echo === "persian-digits" ? toPersian(message) : message;
      res.writeHead(422, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({
          return: { status: 422, message: `داده ها به دلیل وجود کاراکتر نامناسب قابل پردازش نیست: ${quoted}` },
          entries: [{ message: quoted }],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  const address = provider.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  ctx = {
    db: database.prisma,
    sql: database.sql,
    kavenegar: new KavenegarClient({ apiKey: "echo-key", baseUrl: `http://127.0.0.1:${address.port}`, timeoutMs: 2_000 }),
    mode: "live",
    otpSecret: "masking-test-secret-0123456789abcdef01",
    settings: new SettingsCache(database.sql),
    incidents: new IncidentObserver(database.sql, async () => {}),
  };
});
afterAll(async () => {
  await new Promise<void>((resolve) => provider.close(() => resolve()));
  await database.drop();
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe.each(["api-error", "persian-digits", "not-json"] as const)("a provider that echoes the message (%s)", (mode) => {
  it("leaves the code in no stored field, CSV cell or replayed live event", async () => {
    echo = mode;
    const phone = `+9891200${String(["api-error", "persian-digits", "not-json"].indexOf(mode)).padStart(5, "0")}`;
    await expect(requestOtp(ctx, { phone_number: phone }, { clientAddress: "192.0.2.5" })).rejects.toBeDefined();
    const code = /\d{6}/.exec(received.at(-1) ?? "")?.[0];
    expect(code).toBeDefined();
    const spellings = [code!, toPersian(code!)];

    const row = await database.prisma.sendAttempt.findFirstOrThrow({ where: { phone } });
    const stored = JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    for (const spelling of spellings) expect(stored).not.toContain(spelling);
    expect(stored).toContain("••••••");

    const detail = JSON.stringify(await getSendAttempt(database.prisma, row.id.toString()));
    const csv = await readAll(createSendLogCsvStream(database.sql, parseSendLogFilters(new URLSearchParams({ phone }))));
    const replay = JSON.stringify(await listSendAttemptEventsAfter(database.prisma, row.id - 1n));
    for (const text of [detail, csv, replay]) for (const spelling of spellings) expect(text).not.toContain(spelling);
    expect(csv).toContain(phone);
  });
});
