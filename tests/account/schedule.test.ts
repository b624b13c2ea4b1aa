import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { refreshAccountStatus } from "@/lib/account/refresh";
import { DEFAULT_ACCOUNT_REFRESH_INTERVAL_MS, startAccountRefreshSchedule, type AccountRefreshSchedule } from "@/lib/account/schedule";
import { KavenegarClient } from "@/lib/kavenegar";
import { SANDBOX_API_KEY, startKavenegarSimulator, type RunningSimulator } from "@/lib/kavenegar/simulator";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let simulator: RunningSimulator;
let ctx: { db: TestDatabase["prisma"]; kavenegar: KavenegarClient };
let schedule: AccountRefreshSchedule | undefined;

beforeAll(async () => {
  [database, simulator] = await Promise.all([createTestDatabase(), startKavenegarSimulator({ port: 0 })]);
  ctx = { db: database.prisma, kavenegar: new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: simulator.url, timeoutMs: 1_000 }) };
});

afterEach(async () => {
  vi.useRealTimers();
  schedule?.stop();
  schedule = undefined;
  simulator.state.reset();
  await database.prisma.accountSnapshot.deleteMany();
});

afterAll(async () => {
  await Promise.all([database?.drop(), simulator?.close()]);
});

describe("startAccountRefreshSchedule", () => {
  it("refreshes at once when no snapshot is younger than the interval", async () => {
    schedule = startAccountRefreshSchedule(ctx);
    expect(schedule.intervalMs).toBe(DEFAULT_ACCOUNT_REFRESH_INTERVAL_MS);
    await schedule.ready;
    expect(await database.prisma.accountSnapshot.count()).toBe(1);
  });

  it("does not refresh at start when a recent snapshot exists", async () => {
    await refreshAccountStatus(ctx);
    schedule = startAccountRefreshSchedule(ctx, 60_000);
    await schedule.ready;
    expect(await database.prisma.accountSnapshot.count()).toBe(1);
  });

  // The schedule's clock is faked (its interval and Date); the database and the provider are real.
  const fakeClock = () => vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
  const snapshots = (where = {}) => database.prisma.accountSnapshot.count({ where });

  it("refreshes again every interval, and stops", async () => {
    fakeClock();
    schedule = startAccountRefreshSchedule(ctx, 60_000);
    await schedule.ready;
    for (const expected of [2, 3]) {
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.waitFor(async () => expect(await snapshots()).toBe(expected));
    }
    schedule.stop();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(await snapshots()).toBe(3);
  });

  it("skips a tick when another instance refreshed within half an interval", async () => {
    fakeClock();
    schedule = startAccountRefreshSchedule(ctx, 60_000);
    await schedule.ready;
    await vi.advanceTimersByTimeAsync(40_000);
    await refreshAccountStatus(ctx);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await snapshots()).toBe(2);
  });

  it("keeps going when the provider fails, storing error snapshots", async () => {
    fakeClock();
    simulator.state.injectFault({ scope: "account", apiStatus: 409 });
    schedule = startAccountRefreshSchedule(ctx, 60_000);
    await schedule.ready;
    await vi.advanceTimersByTimeAsync(60_000);
    await vi.waitFor(async () => expect(await snapshots({ error: { not: null } })).toBe(2));
    expect(await snapshots({ error: null })).toBe(0);
  });
});
