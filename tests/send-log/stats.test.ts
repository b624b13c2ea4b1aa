import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRecentFailureEvents } from "@/lib/events/attempt-feed";
import { getAttemptStats } from "@/lib/send-log/stats";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const HOUR = 3_600_000;
const now = new Date("2026-12-01T12:20:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("the send log's statistics", () => {
  let database: TestDatabase;

  const insert = (createdAt: Date, outcome: "sent" | "failed", providerStatus: number | null, sender = "10008663") =>
    database.prisma.sendAttempt.create({
      data: { phone: "+989123456789", sender, method: "sms", outcome, providerStatus, latencyMs: 10, createdAt },
    });

  beforeAll(async () => {
    database = await createTestDatabase();
    await insert(ago(25 * HOUR), "failed", 412); // outside the window
    await insert(ago(23 * HOUR + 50 * 60_000), "failed", 412); // 12:30 yesterday: the first, partial hour
    await insert(ago(2 * HOUR), "sent", 200);
    await insert(ago(2 * HOUR - 60_000), "failed", 412);
    await insert(ago(2 * HOUR - 120_000), "failed", 412);
    await insert(ago(10 * 60_000), "sent", 200); // 12:10, this hour
    await insert(ago(5 * 60_000), "failed", null); // a timeout: no provider answer
    await insert(new Date(now.getTime() + 60_000), "sent", 200); // after `now`: not counted
  });
  afterAll(() => database.drop());

  it("counts the last 24 hours by outcome and by provider status", async () => {
    const stats = await getAttemptStats(database.prisma, now);
    expect(stats.totals).toEqual({ sent: 2, failed: 4 });
    expect(stats.byStatus).toEqual([
      { outcome: "failed", providerStatus: 412, count: 3 },
      { outcome: "sent", providerStatus: 200, count: 2 },
      { outcome: "failed", providerStatus: null, count: 1 },
    ]);
  });

  it("buckets them by UTC hour, empty hours included", async () => {
    const { hourly } = await getAttemptStats(database.prisma, now);
    expect(hourly).toHaveLength(25);
    expect(hourly[0]).toEqual({ hour: "2026-11-30T12:00:00.000Z", sent: 0, failed: 1 });
    expect(hourly.find((bucket) => bucket.hour === "2026-12-01T10:00:00.000Z")).toEqual({ hour: "2026-12-01T10:00:00.000Z", sent: 1, failed: 2 });
    expect(hourly.at(-1)).toEqual({ hour: "2026-12-01T12:00:00.000Z", sent: 1, failed: 1 });
    expect(hourly.reduce((sum, bucket) => sum + bucket.sent + bucket.failed, 0)).toBe(6);
  });

  it("lists the most recent failures, newest first", async () => {
    const failures = await listRecentFailureEvents(database.prisma, 2);
    expect(failures.map((event) => [event.outcome, event.providerStatus])).toEqual([
      ["failed", null],
      ["failed", 412],
    ]);
  });
});
