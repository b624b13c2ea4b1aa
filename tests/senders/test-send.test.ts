import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/record";
import type { AppContext } from "@/lib/context";
import { KavenegarClient } from "@/lib/kavenegar";
import { SANDBOX_API_KEY, startKavenegarSimulator, type KavenegarSimulator } from "@/lib/kavenegar/simulator";
import { testAllLines, testSendFromLine } from "@/lib/delivery/test-send";
import { addSenderLine } from "@/lib/senders/admin";
import { DEFAULT_TEST_MESSAGE, testSendSchema } from "@/lib/delivery/test-send-schema";
import { IncidentObserver } from "@/lib/incidents/observer";
import { listOpenIncidents } from "@/lib/incidents/store";
import { getSenderLine, setActiveSender } from "@/lib/senders/store";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { SettingsCache } from "@/lib/settings/cache";

const actor = { email: "admin@example.test", clientAddress: "203.0.113.9" };
let database: TestDatabase;
let simulator: KavenegarSimulator;
let ctx: AppContext;
let goodId: number;
let badId: number;

beforeAll(async () => {
  [database, simulator] = await Promise.all([createTestDatabase(), startKavenegarSimulator({ port: 0 })]);
  ctx = {
    db: database.prisma,
    sql: database.sql,
    kavenegar: new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: simulator.url, timeoutMs: 2_000 }),
    mode: "sandbox",
    otpSecret: "test-secret-test-secret-test-secret",
    settings: new SettingsCache(database.sql),
    incidents: new IncidentObserver(database.sql, async () => {}),
  };
  goodId = (await addSenderLine(ctx.db, actor, { number: "20005006666" })).id;
  badId = (await addSenderLine(ctx.db, actor, { number: "10008663" })).id;
});
afterAll(async () => {
  await simulator?.close();
  await database?.drop();
});

describe("testSendFromLine", () => {
  it("answers a 412 from an unassigned line with the provider's words, and logs the attempt", async () => {
    const result = await testSendFromLine(ctx, actor, badId, testSendSchema.parse({ phone_number: "09123456789", message: "hello" }));
    expect(result).toMatchObject({
      ok: false,
      sender: "10008663",
      phone: "+989123456789",
      status: 412,
      errorKind: "api",
      messageId: null,
      cost: null,
    });
    expect(result.providerMessage).toMatch(/[\u0600-\u06FF]/);
    expect(result.explanation).toMatch(/sender/i);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);

    const attempt = await ctx.db.sendAttempt.findUniqueOrThrow({ where: { id: BigInt(result.attemptId) } });
    expect(attempt).toMatchObject({
      purpose: "test",
      outcome: "failed",
      providerStatus: 412,
      sender: "10008663",
      phone: "+989123456789",
      challengeId: null,
    });
    const line = await getSenderLine(ctx.db, badId);
    expect(line.lastFailureCode).toBe(412);
    expect(line.lastFailureAt).toBeInstanceOf(Date);
    expect(simulator.outbox()).toHaveLength(0);
  });

  it("sends from an assigned line and answers with the message id and cost", async () => {
    const result = await testSendFromLine(ctx, actor, goodId, testSendSchema.parse({ phone_number: "+98 912 000 1111" }));
    expect(result).toMatchObject({ ok: true, status: 200, sender: "20005006666", phone: "+989120001111", errorKind: null, explanation: "Accepted." });
    expect(result.providerMessage).toBe("تایید شد");
    expect(result.messageId).toMatch(/^\d+$/);
    expect(result.cost).toBeGreaterThan(0);

    const sent = simulator.outbox().at(-1);
    expect(sent).toMatchObject({ sender: "20005006666", message: DEFAULT_TEST_MESSAGE });
    const attempt = await ctx.db.sendAttempt.findUniqueOrThrow({ where: { id: BigInt(result.attemptId) } });
    expect(attempt).toMatchObject({ purpose: "test", outcome: "sent", providerStatus: 200, messageId: result.messageId });
    expect((await getSenderLine(ctx.db, goodId)).lastSuccessAt).toBeInstanceOf(Date);
  });

  it("answers a timeout without throwing", async () => {
    simulator.state.injectFault({ scope: "sms", method: "send", hang: true, times: 1 });
    const quick: AppContext = { ...ctx, kavenegar: new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: simulator.url, timeoutMs: 200 }) };
    const result = await testSendFromLine(quick, actor, goodId, testSendSchema.parse({ phone_number: "09120002222" }));
    expect(result).toMatchObject({ ok: false, status: null, errorKind: "timeout", providerMessage: null });
    expect(result.explanation).toMatch(/200 ms/);
  });

  it("refuses a phone that is not an Iranian mobile", async () => {
    expect(testSendSchema.safeParse({ phone_number: "12345" }).success).toBe(false);
    const parsed = testSendSchema.safeParse({ phone_number: "12345" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["phone_number"]);
    expect(testSendSchema.parse({ phone_number: "۰۹۱۲۳۴۵۶۷۸۹", message: "  " })).toEqual({ phone_number: "+989123456789", message: undefined });
  });

  it("is audited when an admin sends from the console", async () => {
    const result = await testSendFromLine(ctx, actor, badId, { phone_number: "+989123330000", message: undefined });
    const { entries } = await listAuditEntries(ctx.db, { limit: 1 });
    expect(entries[0]).toMatchObject({
      action: "sender.test_send",
      target: "sender:10008663",
      after: { phone: "+989123330000", status: 412, ok: false, attemptId: result.attemptId },
    });
  });
});

describe("testAllLines", () => {
  it("sends once from every enabled line, best first, and audits the results", async () => {
    const results = await testAllLines(ctx, actor, testSendSchema.parse({ phone_number: "09123456789" }));
    expect(results.map((result) => [result.sender, result.ok, result.status])).toEqual([
      ["20005006666", true, 200],
      ["10008663", false, 412],
    ]);
    const { entries } = await listAuditEntries(ctx.db, { limit: 1 });
    expect(entries[0]).toMatchObject({ action: "sender.test_all", actorEmail: actor.email, target: "senders" });
  });

  it("clears a refused line's incident when the active line's test send works", async () => {
    await setActiveSender(ctx.db, goodId);
    await ctx.incidents.raise({ kind: "line_refused", line: "10008663", providerStatus: 412, detail: "" });
    await testSendFromLine(ctx, actor, badId, testSendSchema.parse({ phone_number: "09123456789" }));
    expect(ctx.incidents.isOpen("line_refused:10008663")).toBe(true);
    await testSendFromLine(ctx, actor, goodId, testSendSchema.parse({ phone_number: "09123456789" }));
    expect(ctx.incidents.isOpen("line_refused:10008663")).toBe(false);
    expect(await listOpenIncidents(ctx.sql)).toEqual([]);
  });
});
