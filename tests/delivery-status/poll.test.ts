// The delivery-status poll against the simulator over HTTP and a real database: statuses
// progress on the simulator's clock, final ones leave the queue, failures leave it as it was.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppContext } from "@/lib/context";
import { pollDeliveryStatuses } from "@/lib/delivery-status/poll";
import { KavenegarClient, KavenegarError } from "@/lib/kavenegar";
import { SANDBOX_API_KEY, startKavenegarSimulator, type KavenegarSimulator } from "@/lib/kavenegar/simulator";
import { listSendAttempts } from "@/lib/send-log/query";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const HOUR = 3_600_000;
/** The simulator's own time stands still unless a test moves it. */
const SIM_START = Date.UTC(2026, 11, 1, 9, 0);

let database: TestDatabase;
let simulator: KavenegarSimulator;
let ctx: Pick<AppContext, "db" | "sql" | "kavenegar">;

beforeAll(async () => {
  [database, simulator] = await Promise.all([createTestDatabase(), startKavenegarSimulator({ port: 0, clock: () => SIM_START })]);
  ctx = {
    db: database.prisma,
    sql: database.sql,
    kavenegar: new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: simulator.url, timeoutMs: 2_000 }),
  };
});

afterAll(async () => {
  await Promise.all([database?.drop(), simulator?.close()]);
});

beforeEach(async () => {
  vi.restoreAllMocks();
  simulator.state.reset();
  await database.prisma.sendAttempt.deleteMany();
});

/** `count` receptors 0912000…, 0935000…: numbers the simulator accepts. */
const receptors = (count: number, prefix = "0912") => Array.from({ length: count }, (_, index) => `${prefix}${String(index).padStart(7, "0")}`);

/** Sends through the simulator (200 a call) and records each as the writer does: sent, with its id, queued. */
async function sendAndRecord(to: string[], pendingSince = new Date()): Promise<void> {
  const messageIds: number[] = [];
  for (let start = 0; start < to.length; start += 200) {
    const { entries } = await ctx.kavenegar.send({ receptor: to.slice(start, start + 200), message: "code 123456" });
    messageIds.push(...entries.map((entry) => entry.messageid));
  }
  // One millisecond apart, so that "oldest first" has an order to follow.
  await database.prisma.sendAttempt.createMany({
    data: messageIds.map((messageId, index) => ({
      phone: `+98${(to[index] ?? "").slice(1)}`,
      sender: "20005006666",
      method: "sms" as const,
      outcome: "sent" as const,
      providerStatus: 200,
      messageId: String(messageId),
      latencyMs: 10,
      deliveryPendingSince: new Date(pendingSince.getTime() + index),
    })),
  });
}

const rowsOf = () =>
  database.prisma.sendAttempt.findMany({
    orderBy: { id: "asc" },
    select: { phone: true, deliveryStatus: true, deliveryStatusAt: true, deliveryPendingSince: true },
  });

const later = (ms: number) => new Date(Date.now() + ms);

describe("pollDeliveryStatuses", () => {
  it("follows sent messages from queued to delivered on the simulator's clock, then stops asking", async () => {
    await sendAndRecord(receptors(3));

    const first = later(0);
    expect(await pollDeliveryStatuses(ctx, first)).toEqual({ asked: 3, calls: 1, updated: 3, finished: 0, expired: 0, error: null });
    for (const row of await rowsOf()) {
      expect(row).toMatchObject({ deliveryStatus: 1, deliveryStatusAt: first });
      expect(row.deliveryPendingSince).toBeInstanceOf(Date);
    }

    // The same answer again changes nothing, not even the time of the last change.
    expect(await pollDeliveryStatuses(ctx, later(1_000))).toMatchObject({ asked: 3, updated: 0, finished: 0 });
    expect((await rowsOf()).map((row) => row.deliveryStatusAt)).toEqual([first, first, first]);

    simulator.state.advanceClock(1_000);
    expect(await pollDeliveryStatuses(ctx, later(2_000))).toMatchObject({ asked: 3, updated: 3, finished: 0 });
    expect((await rowsOf()).map((row) => row.deliveryStatus)).toEqual([4, 4, 4]);

    simulator.state.advanceClock(2_000);
    const delivered = later(3_000);
    expect(await pollDeliveryStatuses(ctx, delivered)).toEqual({ asked: 3, calls: 1, updated: 3, finished: 3, expired: 0, error: null });
    for (const row of await rowsOf()) expect(row).toMatchObject({ deliveryStatus: 10, deliveryStatusAt: delivered, deliveryPendingSince: null });

    const status = vi.spyOn(ctx.kavenegar, "status");
    expect(await pollDeliveryStatuses(ctx, later(4_000))).toEqual({ asked: 0, calls: 0, updated: 0, finished: 0, expired: 0, error: null });
    expect(status).not.toHaveBeenCalled();

    // The send log shows what was learnt.
    const page = await listSendAttempts(ctx.sql, { limit: 10 });
    expect(page.rows.map((row) => [row.deliveryStatus, row.deliveryStatusAt])).toEqual(
      Array.from({ length: 3 }, () => [10, delivered.toISOString()]),
    );
  });

  it("writes a receptor's failure (6, 11, 14) as final and stops asking about it", async () => {
    const [failed, notDelivered, blocked, fine] = receptors(4);
    simulator.state.setDeliveryOutcome(failed ?? "", 6);
    simulator.state.setDeliveryOutcome(notDelivered ?? "", 11);
    simulator.state.setDeliveryOutcome(blocked ?? "", 14);
    await sendAndRecord([failed ?? "", notDelivered ?? "", blocked ?? "", fine ?? ""]);
    simulator.state.advanceClock(3_000);

    expect(await pollDeliveryStatuses(ctx, later(0))).toMatchObject({ asked: 4, updated: 4, finished: 4, error: null });
    expect((await rowsOf()).map((row) => [row.deliveryStatus, row.deliveryPendingSince])).toEqual([
      [6, null],
      [11, null],
      [14, null],
      [10, null],
    ]);

    const status = vi.spyOn(ctx.kavenegar, "status");
    expect(await pollDeliveryStatuses(ctx, later(1_000))).toMatchObject({ asked: 0, calls: 0 });
    expect(status).not.toHaveBeenCalled();
  });

  it("asks about more than 500 messages in calls of at most 500, oldest first", async () => {
    await sendAndRecord(receptors(1_100));
    simulator.state.advanceClock(3_000);
    const status = vi.spyOn(ctx.kavenegar, "status");

    expect(await pollDeliveryStatuses(ctx, later(0))).toEqual({ asked: 1_100, calls: 3, updated: 1_100, finished: 1_100, expired: 0, error: null });
    const asked = status.mock.calls.map(([ids]) => ids.map(Number));
    expect(asked.map((ids) => ids.length)).toEqual([500, 500, 100]);
    const flat = asked.flat();
    expect(flat).toEqual([...flat].sort((a, b) => a - b));
    expect(await database.prisma.sendAttempt.count({ where: { deliveryStatus: 10, deliveryPendingSince: null } })).toBe(1_100);
  });

  it("asks at most ten calls a run; the newest wait for the next run", async () => {
    await sendAndRecord(receptors(5_001));
    const newest = await database.prisma.sendAttempt.findFirstOrThrow({ orderBy: { deliveryPendingSince: "desc" } });
    simulator.state.advanceClock(3_000);

    expect(await pollDeliveryStatuses(ctx, later(0))).toMatchObject({ asked: 5_000, calls: 10, finished: 5_000, error: null });
    const waiting = await database.prisma.sendAttempt.findMany({ where: { deliveryPendingSince: { not: null } } });
    expect(waiting.map((row) => row.id)).toEqual([newest.id]);

    expect(await pollDeliveryStatuses(ctx, later(1_000))).toMatchObject({ asked: 1, calls: 1, finished: 1 });
  }, 60_000);

  it("gives up on attempts over 48 hours old without asking", async () => {
    const old = new Date(Date.now() - 49 * HOUR);
    await database.prisma.sendAttempt.create({
      data: {
        phone: "+989120000001",
        method: "sms",
        outcome: "sent",
        messageId: "100000001",
        latencyMs: 10,
        createdAt: old,
        deliveryPendingSince: old,
      },
    });
    // Any call would fail and say so.
    simulator.state.injectFault({ scope: "sms", method: "status", apiStatus: 409, times: 1 });

    expect(await pollDeliveryStatuses(ctx)).toEqual({ asked: 0, calls: 0, updated: 0, finished: 0, expired: 1, error: null });
    expect(simulator.state.faults()).toHaveLength(1);
    expect(await rowsOf()).toEqual([{ phone: "+989120000001", deliveryStatus: null, deliveryStatusAt: null, deliveryPendingSince: null }]);
  });

  it("takes an id Kavenegar cannot be asked about out of the queue instead of failing every call", async () => {
    await sendAndRecord(receptors(1));
    await database.prisma.sendAttempt.create({
      data: { phone: "+989120000009", method: "sms", outcome: "sent", messageId: "not-a-number", latencyMs: 10, deliveryPendingSince: new Date() },
    });

    expect(await pollDeliveryStatuses(ctx, later(0))).toMatchObject({ asked: 1, calls: 1, updated: 1, expired: 1, error: null });
    expect((await rowsOf()).map((row) => [row.deliveryStatus, row.deliveryPendingSince === null])).toEqual([
      [1, false],
      [null, true],
    ]);
  });

  it("leaves everything queued when sms/status fails, and reports the failure", async () => {
    await sendAndRecord(receptors(2));
    simulator.state.advanceClock(3_000);
    simulator.state.injectFault({ scope: "sms", method: "status", apiStatus: 409, times: 1 });

    const failed = await pollDeliveryStatuses(ctx, later(0));
    expect(failed).toMatchObject({ asked: 2, calls: 1, updated: 0, finished: 0, expired: 0 });
    expect(failed.error).toBeInstanceOf(KavenegarError);
    expect(failed.error).toMatchObject({ kind: "api", status: 409, endpoint: "sms/status" });
    for (const row of await rowsOf()) {
      expect(row).toMatchObject({ deliveryStatus: null, deliveryStatusAt: null });
      expect(row.deliveryPendingSince).toBeInstanceOf(Date);
    }

    expect(await pollDeliveryStatuses(ctx, later(1_000))).toMatchObject({ asked: 2, updated: 2, finished: 2, error: null });
  });

  it("ends the run at the first failed call, leaving the later batches for the next run", async () => {
    await sendAndRecord(receptors(600));
    simulator.state.injectFault({ scope: "sms", method: "status", httpStatus: 502, times: 1 });

    expect(await pollDeliveryStatuses(ctx, later(0))).toMatchObject({ asked: 500, calls: 1, updated: 0, error: { kind: "bad_response" } });
    expect(await database.prisma.sendAttempt.count({ where: { deliveryStatus: null } })).toBe(600);
  });
});
