// One place decides whether the account can send: the Overview, the Account page and the
// alerts all ask lib/account/health.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessAccount, getAccountHealth } from "@/lib/account/health";
import type { AccountSnapshotView } from "@/lib/account/snapshots";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const now = new Date("2026-11-28T00:00:00Z");
const healthy: AccountSnapshotView = {
  id: "1",
  fetchedAt: "2026-11-28T00:00:00.000Z",
  accountType: "master",
  error: null,
  failures: [],
  credit: 900_000,
  expiresAt: "2027-06-01T00:00:00.000Z",
  config: { mincreditalarm: "200000" },
};
const kinds = (snapshot: AccountSnapshotView) => assessAccount(snapshot, snapshot, now).alerts.map((alert) => [alert.level, alert.kind]);

describe("assessAccount", () => {
  it("finds nothing wrong with a healthy account", () => {
    expect(kinds(healthy)).toEqual([]);
  });

  it("warns below the account's own alarm level, or 100,000 rials when it sets none", () => {
    expect(kinds({ ...healthy, credit: 150_000 })).toEqual([["warning", "low_credit"]]);
    expect(assessAccount({ ...healthy, credit: 150_000 }, { ...healthy, credit: 150_000 }, now).alerts[0]?.message).toContain("200,000 rials");
    expect(kinds({ ...healthy, credit: 150_000, config: null })).toEqual([]);
    expect(kinds({ ...healthy, credit: 90_000, config: null })).toEqual([["warning", "low_credit"]]);
    expect(kinds({ ...healthy, credit: 0 })).toEqual([["error", "no_credit"]]);
  });

  it("warns 14 days before expiry and flags an expired account", () => {
    expect(kinds({ ...healthy, expiresAt: "2026-12-08T12:00:00.000Z" })).toEqual([["warning", "expiring"]]);
    expect(kinds({ ...healthy, expiresAt: "2026-12-20T00:00:00.000Z" })).toEqual([]);
    expect(kinds({ ...healthy, expiresAt: "2026-11-20T00:00:00.000Z" })).toEqual([["error", "expired"]]);
  });
});

describe("getAccountHealth", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("keeps the last good figures after a failed refresh, and says the refresh failed", async () => {
    expect(await getAccountHealth(database.prisma, now)).toEqual({ lastGood: null, lastFetchedAt: null, alerts: [] });
    await database.prisma.accountSnapshot.create({
      data: { credit: 50_000n, expiresAt: new Date("2026-12-03T00:00:00Z"), accountType: "master", fetchedAt: new Date("2026-11-27T22:00:00Z") },
    });
    await database.prisma.accountSnapshot.create({
      data: { error: "Kavenegar did not answer in time.", fetchedAt: new Date("2026-11-27T23:00:00Z") },
    });

    const health = await getAccountHealth(database.prisma, now);
    expect(health.lastGood?.credit).toBe(50_000);
    expect(health.lastFetchedAt).toBe("2026-11-27T23:00:00.000Z");
    expect(health.alerts.map((alert) => alert.kind)).toEqual(["refresh_failed", "expiring", "low_credit"]);
  });
});
