import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
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
  schedule?.stop();
  schedule = undefined;
  simulator.state.reset();
  await database.prisma.accountSnapshot.deleteMany();
});

afterAll(async () => {
  await Promise.all([database?.drop(), simulator?.close()]);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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

  it("refreshes again every interval, and stops", async () => {
    schedule = startAccountRefreshSchedule(ctx, 300);
    await schedule.ready;
    await waitFor(async () => (await database.prisma.accountSnapshot.count()) >= 3);
    schedule.stop();
    // A tick already under way may still land.
    await new Promise((resolve) => setTimeout(resolve, 400));
    const count = await database.prisma.accountSnapshot.count();
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await database.prisma.accountSnapshot.count()).toBe(count);
    // After stop(), a new schedule may start.
    schedule = startAccountRefreshSchedule(ctx, 60_000);
    expect(schedule.intervalMs).toBe(60_000);
  });

  it("keeps going when the provider fails, storing error snapshots", async () => {
    simulator.state.injectFault({ scope: "account", apiStatus: 409 });
    schedule = startAccountRefreshSchedule(ctx, 300);
    await schedule.ready;
    await waitFor(async () => (await database.prisma.accountSnapshot.count({ where: { error: { not: null } } })) >= 2);
    expect(await database.prisma.accountSnapshot.count({ where: { error: null } })).toBe(0);
  });
});
