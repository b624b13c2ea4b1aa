import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSendAttempts, prefixEnd, type SendLogQueryFilters } from "@/lib/send-log/query";
import { parseSendLogFilters } from "@/lib/send-log/schemas";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { attemptData, SEED_START, seedAttempts, type SeededAttempt } from "./seed";

let database: TestDatabase;
let all: SeededAttempt[];

beforeAll(async () => {
  database = await createTestDatabase();
  all = await seedAttempts(database.prisma, 150);
});

afterAll(async () => {
  await database?.drop();
});

/** Follows nextCursor to the end; every id once, in order. */
async function walk(filters: Omit<SendLogQueryFilters, "cursor">): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await listSendAttempts(database.sql, { ...filters, cursor });
    pages += 1;
    expect(page.rows.length).toBeLessThanOrEqual(filters.limit);
    if (page.nextCursor) expect(page.rows).toHaveLength(filters.limit);
    ids.push(...page.rows.map((row) => row.id));
    cursor = page.nextCursor ?? undefined;
    expect(pages).toBeLessThan(200);
  } while (cursor);
  return { ids, pages };
}

const idsOf = (rows: SeededAttempt[]) => rows.map((row) => row.id);

describe("listSendAttempts", () => {
  it("returns every attempt newest first across pages, with no duplicate and no gap", async () => {
    const { ids, pages } = await walk({ limit: 7 });
    expect(ids).toEqual(idsOf(all));
    expect(new Set(ids).size).toBe(150);
    expect(pages).toBe(Math.ceil(150 / 7));
  });

  it("ends without a cursor when the last page is exactly full", async () => {
    const { ids, pages } = await walk({ limit: 50 });
    expect(ids).toHaveLength(150);
    expect(pages).toBe(3);
  });

  it("filters by phone, outcome, status code, sender and their combinations, across pages", async () => {
    const cases: [string, Omit<SendLogQueryFilters, "cursor" | "limit">, (row: SeededAttempt) => boolean][] = [
      ["phone", { phone: "+989120000002" }, (row) => row.phone === "+989120000002"],
      ["failed", { outcome: "failed" }, (row) => row.outcome === "failed"],
      ["sent", { outcome: "sent" }, (row) => row.outcome === "sent"],
      ["412", { status: 412 }, (row) => row.providerStatus === 412],
      ["sender", { sender: "20005006666" }, (row) => row.sender === "20005006666"],
      ["412 + sender", { status: 412, sender: "10008663" }, (row) => row.providerStatus === 412 && row.sender === "10008663"],
      ["failed + phone", { outcome: "failed", phone: "+989120000001" }, (row) => row.outcome === "failed" && row.phone === "+989120000001"],
      ["no match", { status: 412, outcome: "sent" }, () => false],
    ];
    for (const [name, filters, matches] of cases) {
      const expected = idsOf(all.filter(matches));
      const { ids } = await walk({ ...filters, limit: 4 });
      expect(ids, name).toEqual(expected);
    }
    expect(all.some((row) => row.providerStatus === 412)).toBe(true);
  });

  it("finds by the beginning of a phone number or of a message id, in any spelling", async () => {
    const byPrefix = (prefix: string) => idsOf(all.filter((row) => row.phone.startsWith(prefix)));
    expect((await walk({ ...parseSendLogFilters({ phone: "0912" }), limit: 9 })).ids).toEqual(byPrefix("+98912"));
    expect((await walk({ ...parseSendLogFilters({ phone: "۰۹۳۵" }), limit: 9 })).ids).toEqual(byPrefix("+98935"));
    expect((await walk({ ...parseSendLogFilters({ phone: "09120000002" }), limit: 9 })).ids).toEqual(byPrefix("+989120000002"));

    const withId = await database.sql.query<{ id: string }>(
      "SELECT id::text AS id FROM send_attempts WHERE message_id LIKE '10000012%' ORDER BY id DESC",
    );
    expect(withId.length).toBeGreaterThan(5);
    expect((await walk({ ...parseSendLogFilters({ messageId: "10000012" }), limit: 4 })).ids).toEqual(withId.map((row) => row.id));
    expect((await walk({ ...parseSendLogFilters({ messageId: "100000121" }), limit: 4 })).ids).toEqual(withId.slice(-2, -1).map((row) => row.id));
  });

  it("names a search it cannot read, and ends a beginning's range right", () => {
    expect(() => parseSendLogFilters({ phone: "4567" })).toThrow(/mobile number or its beginning/);
    expect(() => parseSendLogFilters({ phone: "0" })).toThrow(/mobile number or its beginning/);
    expect(() => parseSendLogFilters({ messageId: "12a" })).toThrow(/message id/);
    expect([prefixEnd("+98912"), prefixEnd("+98919"), prefixEnd("0999"), prefixEnd("999")]).toEqual(["+98913", "+9892", "1", null]);
  });

  it("applies a time range as from ≤ created_at < to", async () => {
    const from = new Date(SEED_START + 20 * 60_000);
    const to = new Date(SEED_START + 45 * 60_000);
    const expected = idsOf(all.filter((row) => row.createdAt >= from && row.createdAt < to));
    expect(expected).toHaveLength(25);
    expect((await walk({ from, to, limit: 6 })).ids).toEqual(expected);
    expect((await walk({ from, to, outcome: "sent", limit: 6 })).ids).toEqual(
      idsOf(all.filter((row) => row.createdAt >= from && row.createdAt < to && row.outcome === "sent")),
    );
    expect((await walk({ from: new Date(SEED_START + 149 * 60_000), limit: 6 })).ids).toEqual([all[0]?.id]);
    expect((await walk({ to: new Date(SEED_START + 60_000), limit: 6 })).ids).toEqual([all.at(-1)?.id]);
    expect((await walk({ from: new Date(SEED_START + 10_000 * 60_000), limit: 6 })).ids).toEqual([]);
    expect((await walk({ to: new Date(SEED_START - 60_000), limit: 6 })).ids).toEqual([]);
  });

  it("finds every row of a time range when timestamps and ids disagree by less than a minute", async () => {
    const local = await createTestDatabase();
    try {
      // Concurrent inserts: ids in one order, timestamps jittered by up to ±25 s around 10 s steps.
      const jitter = [0, 25, -20, 5, -25, 15, -5, 20, -15, 10];
      const data = attemptData(80).map((row, index) => ({
        ...row,
        createdAt: new Date(SEED_START + index * 10_000 + (jitter[index % 10] ?? 0) * 1000),
      }));
      for (const row of data) await local.prisma.sendAttempt.create({ data: row });
      const rows = await local.prisma.sendAttempt.findMany({ orderBy: { id: "desc" } });
      for (let start = -60; start < 900; start += 37) {
        for (const length of [5, 30, 95, 400]) {
          const from = new Date(SEED_START + start * 1000);
          const to = new Date(from.getTime() + length * 1000);
          const expected = rows.filter((row) => row.createdAt >= from && row.createdAt < to).map((row) => row.id.toString());
          const page = await listSendAttempts(local.sql, { from, to, limit: 200 });
          expect(
            page.rows.map((row) => row.id),
            `${start}+${length}`,
          ).toEqual(expected);
          const onlyFrom = rows.filter((row) => row.createdAt >= from).map((row) => row.id.toString());
          expect((await listSendAttempts(local.sql, { from, limit: 200 })).rows.map((row) => row.id)).toEqual(onlyFrom);
          const onlyTo = rows.filter((row) => row.createdAt < to).map((row) => row.id.toString());
          expect((await listSendAttempts(local.sql, { to, limit: 200 })).rows.map((row) => row.id)).toEqual(onlyTo);
        }
      }
    } finally {
      await local.drop();
    }
  });

  it("keeps paging where it was when newer attempts arrive in between", async () => {
    const local = await createTestDatabase();
    try {
      const before = await seedAttempts(local.prisma, 20);
      const first = await listSendAttempts(local.sql, { limit: 8 });
      await local.prisma.sendAttempt.createMany({ data: attemptData(5, 20) });
      const second = await listSendAttempts(local.sql, { limit: 8, cursor: first.nextCursor ?? undefined });
      expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(idsOf(before).slice(0, 16));
    } finally {
      await local.drop();
    }
  });

  it("converts rows for the UI: string ids, ISO times, the list's columns", async () => {
    const page = await listSendAttempts(database.sql, parseSendLogFilters({ status: "412", limit: "1" }));
    expect(page.rows).toHaveLength(1);
    const [row] = page.rows;
    expect(row).toMatchObject({
      sender: "10008663",
      method: "sms",
      outcome: "failed",
      providerStatus: 412,
      providerMessage: "ارسال کننده نامعتبر است",
      errorCode: "sender_invalid",
      cost: null,
    });
    expect(typeof row?.id).toBe("string");
    expect(row?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });
});
