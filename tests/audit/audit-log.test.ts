import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries, recordAudit, toAuditJson } from "@/lib/audit/record";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe("toAuditJson", () => {
  it("turns dates and bigints into strings and drops functions", () => {
    const at = new Date("2026-11-28T10:00:00.000Z");
    expect(toAuditJson({ at, id: 12n, nested: [1, undefined, () => 1], fn: () => 1, nan: Number.NaN, nil: null })).toEqual({
      at: "2026-11-28T10:00:00.000Z",
      id: "12",
      nested: [1, null, null],
      nan: null,
      nil: null,
    });
    expect(toAuditJson(undefined)).toBeNull();
    expect(toAuditJson("x")).toBe("x");
  });

  it("survives a cycle", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(toAuditJson(cyclic)).toEqual({ a: 1, self: "[circular]" });
  });
});

describe("recordAudit and listAuditEntries", () => {
  it("stores who, what, before and after, and lists newest first by keyset", async () => {
    const db = database.prisma;
    for (let index = 1; index <= 5; index += 1) {
      await recordAudit(db, {
        actor: { email: "admin@example.test", clientAddress: "203.0.113.9" },
        action: "settings.update",
        target: "settings",
        before: { codeLength: index },
        after: { codeLength: index + 1, at: new Date(0), big: BigInt(index) },
      });
    }
    await recordAudit(db, {
      actor: { email: "admin@example.test", clientAddress: "203.0.113.9" },
      action: "sender.delete",
      target: "sender:1",
      before: { a: 1 },
    });

    const first = await listAuditEntries(db, { limit: 4 });
    expect(first.entries.map((entry) => entry.action)).toEqual(["sender.delete", "settings.update", "settings.update", "settings.update"]);
    expect(first.entries[0]).toMatchObject({
      before: { a: 1 },
      after: null,
      target: "sender:1",
      actorEmail: "admin@example.test",
      clientAddress: "203.0.113.9",
    });
    expect(first.entries[1]).toMatchObject({ before: { codeLength: 5 }, after: { codeLength: 6, at: "1970-01-01T00:00:00.000Z", big: "5" } });
    expect(first.nextCursor).toBe(first.entries[3]?.id);

    const second = await listAuditEntries(db, { limit: 4, cursor: first.nextCursor });
    expect(second.entries.map((entry) => (entry.before as { codeLength: number }).codeLength)).toEqual([2, 1]);
    expect(second.nextCursor).toBeNull();

    const ids = [...first.entries, ...second.entries].map((entry) => BigInt(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    expect(new Set(ids).size).toBe(6);
  });

  it("validates the list query", () => {
    expect(auditQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(auditQuerySchema.safeParse({ cursor: "abc" }).success).toBe(false);
    expect(auditQuerySchema.safeParse({ limit: "1000" }).success).toBe(false);
  });
});
