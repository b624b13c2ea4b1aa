import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/record";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { activateSenderLine, addSenderLine, editSenderLine, getSenderLinesOverview, removeSenderLine } from "@/lib/senders/admin";
import { parseSenderId } from "@/lib/senders/schemas-params";
import { getActiveSender, getSenderLine, listSenderLines } from "@/lib/senders/store";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const actor = { email: "admin@example.test", clientAddress: "203.0.113.9" };
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

async function lastAudit() {
  const { entries } = await listAuditEntries(database.prisma, { limit: 1 });
  return entries[0];
}

describe("sender line administration", () => {
  it("adds a line with its inferred kind and audits it", async () => {
    const db = database.prisma;
    const line = await addSenderLine(db, actor, { number: "20005006666", label: "Main", priority: 10 });
    expect(line).toMatchObject({ number: "20005006666", kind: "public", label: "Main", priority: 10, status: "enabled" });
    expect(await lastAudit()).toMatchObject({
      actorEmail: actor.email,
      action: "sender.create",
      target: "sender:20005006666",
      before: null,
      after: { number: "20005006666", kind: "public", label: "Main", priority: 10, status: "enabled" },
    });
    await expect(addSenderLine(db, actor, { number: "20005006666" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("set active changes what getActiveSender returns, and is audited from → to", async () => {
    const db = database.prisma;
    const bad = await addSenderLine(db, actor, { number: "10008663" });
    const good = (await listSenderLines(db)).find((line) => line.number === "20005006666");
    expect(good).toBeDefined();

    await activateSenderLine(db, actor, bad.id);
    expect((await getActiveSender(db))?.number).toBe("10008663");
    expect(await lastAudit()).toMatchObject({ action: "sender.activate", before: { activeSender: null }, after: { activeSender: "10008663" } });

    await activateSenderLine(db, actor, good!.id);
    expect((await getActiveSender(db))?.number).toBe("20005006666");
    expect(await lastAudit()).toMatchObject({
      action: "sender.activate",
      target: "sender:20005006666",
      before: { activeSender: "10008663" },
      after: { activeSender: "20005006666" },
    });
    expect(await getSenderLinesOverview(db)).toMatchObject({ activeId: good!.id });

    // Setting the same line again changes nothing and writes no entry.
    const countBefore = await db.auditEntry.count();
    await activateSenderLine(db, actor, good!.id);
    expect(await db.auditEntry.count()).toBe(countBefore);
  });

  it("refuses to delete or disable the active line", async () => {
    const db = database.prisma;
    const active = await getActiveSender(db);
    const countBefore = await db.auditEntry.count();
    await expect(removeSenderLine(db, actor, active!.id)).rejects.toBeInstanceOf(ConflictError);
    await expect(editSenderLine(db, actor, active!.id, { status: "disabled" })).rejects.toBeInstanceOf(ConflictError);
    expect((await getSenderLine(db, active!.id)).status).toBe("enabled");
    expect(await db.auditEntry.count()).toBe(countBefore);
  });

  it("edits, disables and enables a line, auditing only what changed", async () => {
    const db = database.prisma;
    const line = await addSenderLine(db, actor, { number: "30001234", label: "Old" });

    await editSenderLine(db, actor, line.id, { label: "New", priority: 5, status: "enabled" });
    expect(await lastAudit()).toMatchObject({
      action: "sender.update",
      target: "sender:30001234",
      before: { label: "Old", priority: 100 },
      after: { label: "New", priority: 5 },
    });

    await editSenderLine(db, actor, line.id, { status: "disabled" });
    expect(await lastAudit()).toMatchObject({ action: "sender.disable", before: { status: "enabled" }, after: { status: "disabled" } });
    await expect(activateSenderLine(db, actor, line.id)).rejects.toBeInstanceOf(ValidationError);

    await editSenderLine(db, actor, line.id, { status: "enabled" });
    expect(await lastAudit()).toMatchObject({ action: "sender.enable", after: { status: "enabled" } });

    const countBefore = await db.auditEntry.count();
    await editSenderLine(db, actor, line.id, { label: "New" });
    expect(await db.auditEntry.count()).toBe(countBefore);
  });

  it("deletes an inactive line and audits what it was", async () => {
    const db = database.prisma;
    const line = await addSenderLine(db, actor, { number: "MyShop", label: "Brand" });
    expect(line.kind).toBe("custom");
    await removeSenderLine(db, actor, line.id);
    await expect(getSenderLine(db, line.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await lastAudit()).toMatchObject({
      action: "sender.delete",
      target: "sender:MyShop",
      before: { number: "MyShop", kind: "custom", label: "Brand" },
      after: null,
    });
    await expect(removeSenderLine(db, actor, line.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("parses the id segment", () => {
    expect(parseSenderId({ id: "12" })).toBe(12);
    for (const id of ["abc", "0", "-1", "1.5", "99999999999"]) expect(() => parseSenderId({ id })).toThrow(NotFoundError);
  });
});
