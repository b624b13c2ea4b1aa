import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { assessAccount, daysUntilExpiry } from "@/lib/account/health";
import { refreshAccountStatus } from "@/lib/account/refresh";
import { getLatestAccountSnapshot, listAccountSnapshots } from "@/lib/account/snapshots";
import { KavenegarClient } from "@/lib/kavenegar";
import {
  SANDBOX_API_KEY,
  SANDBOX_CREDIT_RIALS,
  SANDBOX_DEFAULT_SENDER,
  startKavenegarSimulator,
  type RunningSimulator,
} from "@/lib/kavenegar/simulator";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
let simulator: RunningSimulator;
let kavenegar: KavenegarClient;

beforeAll(async () => {
  [database, simulator] = await Promise.all([createTestDatabase(), startKavenegarSimulator({ port: 0 })]);
  kavenegar = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: simulator.url, timeoutMs: 1_000 });
});

afterEach(async () => {
  simulator.state.reset();
  await database.prisma.accountSnapshot.deleteMany();
});

afterAll(async () => {
  await Promise.all([database?.drop(), simulator?.close()]);
});

describe("refreshAccountStatus", () => {
  it("stores credit, expiry, type and config from the provider", async () => {
    const snapshot = await refreshAccountStatus({ db: database.prisma, kavenegar });
    expect(snapshot).toMatchObject({
      credit: SANDBOX_CREDIT_RIALS,
      accountType: "master",
      error: null,
      config: { defaultsender: SANDBOX_DEFAULT_SENDER, apilogs: expect.any(String), mincreditalarm: expect.any(String) },
    });
    // The simulator's account expires one year after it started.
    expect(daysUntilExpiry(snapshot)).toBeGreaterThan(360);
    expect(await getLatestAccountSnapshot(database.prisma)).toEqual(snapshot);

    const row = await database.prisma.accountSnapshot.findFirstOrThrow();
    expect(row.credit).toBe(BigInt(SANDBOX_CREDIT_RIALS));
  });

  it("follows changes on the provider's side", async () => {
    simulator.state.patchAccount(SANDBOX_API_KEY, { credit: 1_234, expiredate: Math.floor(Date.now() / 1000) + 5 * 86_400, type: "child" });
    const snapshot = await refreshAccountStatus({ db: database.prisma, kavenegar });
    expect(snapshot).toMatchObject({ credit: 1_234, accountType: "child" });
    expect(daysUntilExpiry(snapshot)).toBe(4);
    expect(assessAccount(snapshot, snapshot).alerts.map((alert) => alert.kind)).toContain("expiring");
  });

  it("stores a wrong key's 403 as an error snapshot instead of throwing, without the key", async () => {
    const wrongKey = "WRONG-KEY-0123456789abcdef0123";
    const client = new KavenegarClient({ apiKey: wrongKey, baseUrl: simulator.url, timeoutMs: 1_000 });
    const snapshot = await refreshAccountStatus({ db: database.prisma, kavenegar: client });
    expect(snapshot).toMatchObject({ credit: null, expiresAt: null, accountType: null, config: null });
    expect(snapshot.error).toContain("403");
    expect(snapshot.error).toContain("کد شناسائی API-Key معتبر نمیباشد");
    expect(snapshot.error).toContain("The API key is not valid.");
    expect(snapshot.error).not.toContain(wrongKey);
    // The same failures as data, for the console to word in its reader's language.
    expect(snapshot.failures).toEqual([
      {
        endpoint: "account/info",
        kind: "api",
        status: 403,
        providerMessage: "کد شناسائی API-Key معتبر نمیباشد",
        explanation: "The API key is not valid.",
      },
      {
        endpoint: "account/config",
        kind: "api",
        status: 403,
        providerMessage: "کد شناسائی API-Key معتبر نمیباشد",
        explanation: "The API key is not valid.",
      },
    ]);
    expect(assessAccount(snapshot, null).alerts).toEqual([expect.objectContaining({ level: "error", kind: "refresh_failed" })]);
    expect(await database.prisma.accountSnapshot.count()).toBe(1);
  });

  it("stores injected provider faults (409, a proxy's 502, a timeout) as error snapshots", async () => {
    simulator.state.injectFault({ scope: "account", method: "info", apiStatus: 409, times: 1 });
    simulator.state.injectFault({ scope: "account", method: "config", apiStatus: 409, times: 1 });
    expect((await refreshAccountStatus({ db: database.prisma, kavenegar })).error).toContain("409");

    simulator.state.injectFault({ scope: "account", httpStatus: 502, times: 2 });
    expect((await refreshAccountStatus({ db: database.prisma, kavenegar })).error).toMatch(/bad response.*HTTP 502/);

    simulator.state.injectFault({ scope: "account", hang: true, times: 2 });
    const timedOut = await refreshAccountStatus({ db: database.prisma, kavenegar });
    expect(timedOut.error).toMatch(/timed out/);
    expect(timedOut.failures.map((failure) => [failure.kind, failure.status])).toEqual([
      ["timeout", null],
      ["timeout", null],
    ]);

    const history = await listAccountSnapshots(database.prisma);
    expect(history).toHaveLength(3);
    expect(history.every((snapshot) => snapshot.credit === null && snapshot.error)).toBe(true);
  });

  it("keeps what succeeded when only account/config fails", async () => {
    simulator.state.injectFault({ scope: "account", method: "config", apiStatus: 402, times: 1 });
    const snapshot = await refreshAccountStatus({ db: database.prisma, kavenegar });
    expect(snapshot).toMatchObject({ credit: SANDBOX_CREDIT_RIALS, accountType: "master", config: null });
    expect(snapshot.error).toMatch(/^Kavenegar account\/config: 402 \u2067عملیات ناموفق بود\u2069 – /);
  });

  it("still throws what is not the provider's answer (a bug is not an error snapshot)", async () => {
    const broken = {
      accountInfo: () => Promise.reject(new TypeError("cannot read properties of undefined")),
      accountConfig: () => kavenegar.accountConfig(),
    } as unknown as KavenegarClient;
    await expect(refreshAccountStatus({ db: database.prisma, kavenegar: broken })).rejects.toThrow(TypeError);
    expect(await database.prisma.accountSnapshot.count()).toBe(0);
  });

  it("lists the history newest first, limited", async () => {
    for (let credit = 1; credit <= 4; credit += 1) {
      simulator.state.patchAccount(SANDBOX_API_KEY, { credit });
      await refreshAccountStatus({ db: database.prisma, kavenegar });
    }
    const history = await listAccountSnapshots(database.prisma, 3);
    expect(history.map((snapshot) => snapshot.credit)).toEqual([4, 3, 2]);
    expect(JSON.parse(JSON.stringify(history))).toEqual(history);
  });
});

describe("the key in use", () => {
  it("is shown masked: the live key, or the simulator's in sandbox mode", () => {
    const live = new KavenegarClient({ apiKey: "7A4B3C2D1E0F9A8B7C6D5E4F3A2B1C9F2C", baseUrl: "https://api.kavenegar.com", timeoutMs: 1_000 });
    expect(live.maskedApiKey).toBe("7A4B…9F2C");
    expect(kavenegar.maskedApiKey).toBe(`${SANDBOX_API_KEY.slice(0, 4)}…${SANDBOX_API_KEY.slice(-4)}`);
  });
});
