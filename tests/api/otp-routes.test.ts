// The HTTP contract of the OTP API, through the real route handlers and the app's own
// composition root: live mode against the simulator over HTTP, on the test database.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SANDBOX_API_KEY, startKavenegarSimulator, type RunningSimulator } from "@/lib/kavenegar/simulator";
import type { ServerContext } from "@/lib/server/app-context";
import { listSenderLines, setActiveSender } from "@/lib/senders/store";
import { callRoute } from "../helpers/route";
import { lastCodeSentTo } from "../helpers/test-context";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let simulator: RunningSimulator;
let database: TestDatabase | null = null;
let app: ServerContext;
let requestRoute: unknown;
let verifyRoute: unknown;
let healthRoute: unknown;

beforeAll(async () => {
  simulator = await startKavenegarSimulator({ port: 0 });
  if (process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url ?? "";
  } else {
    process.env.PGLITE_DATA_DIR = path.join(await mkdtemp(path.join(tmpdir(), "otp-api-")), "pglite");
  }
  Object.assign(process.env, {
    KAVENEGAR_API_KEY: SANDBOX_API_KEY,
    KAVENEGAR_BASE_URL: simulator.url,
    KAVENEGAR_SENDER: "10008663",
    KAVENEGAR_TIMEOUT_MS: "1500",
    OTP_SECRET: "route-test-otp-secret-0123456789abcdef",
    NEXTAUTH_SECRET: "route-test-nextauth-secret-0123456789abcdef",
  });
  ({ POST: requestRoute } = await import("@/app/api/v1/usr/otp/route"));
  ({ POST: verifyRoute } = await import("@/app/api/v1/usr/otp/verify/route"));
  ({ GET: healthRoute } = await import("@/app/api/health/route"));
  app = await (await import("@/lib/server/app-context")).getServerContext();
});

afterAll(async () => {
  await app?.database.close();
  await database?.drop();
  await simulator.close();
});

const requestOtp = (body: unknown, headers?: Record<string, string>) =>
  callRoute(requestRoute, { body: typeof body === "string" ? body : (body as object), headers });

describe("POST /api/v1/usr/otp", () => {
  it("answers the seed's 412 with 503 and the documented detail, then succeeds once the line is switched", async () => {
    const failed = await requestOtp({ phone_number: "+989123456789" });
    expect(failed.status).toBe(503);
    expect(failed.json).toEqual({ detail: "Sender number is invalid. Please contact support.", code: "sender_invalid", reason: "senderInvalid" });

    const good = (await listSenderLines(app.db)).find((line) => line.number === "20005006666");
    expect(good, "KAVENEGAR_SENDER seeds only its own line in live mode").toBeUndefined();
    const created = await app.db.senderLine.create({ data: { number: "20005006666", kind: "public" } });
    await setActiveSender(app.db, created.id);

    // The failed send started the phone's cooldown like any other; another user's request goes out at once.
    const cooling = await requestOtp({ phone_number: "+989123456789" });
    expect(cooling.status).toBe(429);
    const sent = await requestOtp({ phone_number: "+989123456780" });
    expect(sent.status).toBe(200);
    expect(sent.json).toEqual({ phone_number: "+989123456780", message: "OTP sent successfully", expires_in: 300 });

    const attempts = await app.db.sendAttempt.findMany({ orderBy: { id: "asc" } });
    expect(attempts.map((a) => [a.phone, a.sender, a.providerStatus, a.outcome])).toEqual([
      ["+989123456789", "10008663", 412, "failed"],
      ["+989123456780", "20005006666", 200, "sent"],
    ]);
  });

  it("answers 429 with Retry-After within the cooldown", async () => {
    expect((await requestOtp({ phone_number: "09123456733" })).status).toBe(200);
    const again = await requestOtp({ phone_number: "+989123456733" });
    expect(again.status).toBe(429);
    expect(again.json.code).toBe("otp_cooldown");
    expect(again.json.retry_after).toEqual(expect.any(Number));
    expect(again.headers.get("retry-after")).toBe(String(again.json.retry_after));
  });

  it.each([
    ["malformed JSON", '{"phone_number": ', 400, "invalid_json", /not valid JSON/],
    ["an empty body", "", 400, "invalid_json", /empty/],
    ["a JSON array", "[1,2]", 400, "invalid_json", /JSON object/],
    ["a missing field", {}, 400, "invalid_request", /phone_number is required/],
    ["a wrong type", { phone_number: 9123456789 }, 400, "invalid_request", /^phone_number must be a string/],
    ["a landline", { phone_number: "02112345678" }, 400, "invalid_phone", /not a valid Iranian mobile number/],
    ["a foreign number", { phone_number: "+14155552671" }, 400, "invalid_phone", /Iranian mobile/],
  ])("refuses %s with a named 4xx", async (_name, body, status, code, detail) => {
    const before = simulator.outbox().length;
    const answer = await requestOtp(body);
    expect(answer.status).toBe(status);
    expect(answer.json.code).toBe(code);
    expect(String(answer.json.detail)).toMatch(detail);
    expect(simulator.outbox().length).toBe(before);
  });

  it("refuses a body over 8 KB with 413", async () => {
    const answer = await requestOtp({ phone_number: "+989123456780", padding: "x".repeat(10_000) });
    expect(answer.status).toBe(413);
    expect(answer.json).toMatchObject({ code: "payload_too_large" });
  });

  it("normalises Persian digits before sending", async () => {
    const answer = await requestOtp({ phone_number: "۰۹۱۲ ۳۴۵ ۶۷۱۱" });
    expect(answer.status).toBe(200);
    expect(answer.json.phone_number).toBe("+989123456711");
  });

  it("answers 503 provider_timeout when Kavenegar hangs, and keeps the attempt", async () => {
    simulator.state.injectFault({ scope: "sms", method: "send", latencyMs: 15_000, times: 1 });
    const started = Date.now();
    const answer = await requestOtp({ phone_number: "+989123456722" });
    expect(answer.status).toBe(503);
    expect(answer.json).toMatchObject({ code: "provider_timeout" });
    expect(Date.now() - started).toBeLessThan(14_000);
    const attempt = await app.db.sendAttempt.findFirstOrThrow({ where: { phone: "+989123456722" } });
    expect(attempt).toMatchObject({ outcome: "failed", errorCode: "provider_timeout", providerStatus: null });
  }, 20_000);
});

describe("POST /api/v1/usr/otp/verify", () => {
  it("accepts the sent code once, then refuses it with 400", async () => {
    const code = lastCodeSentTo(simulator, "+989123456711");
    const ok = await callRoute(verifyRoute, { body: { phone_number: "+989123456711", code } });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ phone_number: "+989123456711", verified: true });
    const reused = await callRoute(verifyRoute, { body: { phone_number: "+989123456711", code } });
    expect(reused.status).toBe(400);
    expect(reused.json).toEqual({ detail: "Invalid or expired code.", code: "otp_invalid", reason: "codeInvalid" });
  });

  it("refuses a malformed code with a named 400", async () => {
    const answer = await callRoute(verifyRoute, { body: { phone_number: "+989123456711", code: "12ab" } });
    expect(answer.status).toBe(400);
    expect(String(answer.json.detail)).toMatch(/^code /);
  });
});

describe("GET /api/health", () => {
  it("reports the database, the provider mode and the active sender", async () => {
    const answer = await callRoute(healthRoute, { method: "GET" });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      status: "ok",
      database: { reachable: true },
      provider: { mode: "live" },
      active_sender: "20005006666",
    });
    expect(JSON.stringify(answer.json)).not.toContain(SANDBOX_API_KEY);
  });
});
