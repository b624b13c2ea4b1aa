// Sender lines and which one is active. The active line is read at send time,
// so switching it takes effect on the next request.
import type { Db } from "@/lib/db/database";
import type { SenderLine } from "@/lib/db/generated/client";
import { ConflictError, NotFoundError, ValidationError, reason } from "@/lib/errors";
import { inferSenderKind } from "./kind";
import { senderCreateSchema, senderUpdateSchema, type SenderCreateInput, type SenderUpdateInput } from "./schemas";

/** The settings key that holds the active line's id. */
export const ACTIVE_SENDER_KEY = "activeSenderId";

export type { SenderLine };

export function listSenderLines(db: Db): Promise<SenderLine[]> {
  return db.senderLine.findMany({ orderBy: [{ priority: "asc" }, { id: "asc" }] });
}

export async function getSenderLine(db: Db, id: number): Promise<SenderLine> {
  const line = await db.senderLine.findUnique({ where: { id } });
  if (!line) throw new NotFoundError("senderLineNotFound");
  return line;
}

export async function createSenderLine(db: Db, input: SenderCreateInput): Promise<SenderLine> {
  const data = senderCreateSchema.parse(input);
  const existing = await db.senderLine.findUnique({ where: { number: data.number } });
  if (existing) throw new ConflictError(reason("senderLineExists", { number: data.number }));
  return db.senderLine.create({ data: { ...data, kind: inferSenderKind(data.number) } });
}

export async function updateSenderLine(db: Db, id: number, input: SenderUpdateInput): Promise<{ before: SenderLine; after: SenderLine }> {
  const data = senderUpdateSchema.parse(input);
  const before = await getSenderLine(db, id);
  if (data.status === "disabled" && (await getActiveSenderId(db)) === id) {
    throw new ConflictError("activeLineCannotBeDisabled");
  }
  const after = await db.senderLine.update({ where: { id }, data });
  return { before, after };
}

export async function deleteSenderLine(db: Db, id: number): Promise<SenderLine> {
  const line = await getSenderLine(db, id);
  if ((await getActiveSenderId(db)) === id) {
    throw new ConflictError("activeLineCannotBeDeleted");
  }
  await db.senderLine.delete({ where: { id } });
  return line;
}

async function getActiveSenderId(db: Db): Promise<number | null> {
  const row = await db.setting.findUnique({ where: { key: ACTIVE_SENDER_KEY } });
  return typeof row?.value === "number" ? row.value : null;
}

export async function getActiveSender(db: Db): Promise<SenderLine | null> {
  const id = await getActiveSenderId(db);
  return id === null ? null : db.senderLine.findUnique({ where: { id } });
}

export async function setActiveSender(db: Db, id: number): Promise<{ before: SenderLine | null; after: SenderLine }> {
  const line = await getSenderLine(db, id);
  if (line.status !== "enabled") throw new ValidationError(reason("senderLineDisabled", { number: line.number }));
  const before = await getActiveSender(db);
  await db.setting.upsert({
    where: { key: ACTIVE_SENDER_KEY },
    create: { key: ACTIVE_SENDER_KEY, value: id },
    update: { value: id },
  });
  return { before, after: line };
}

/** Enabled lines other than `excludeNumbers`, best first: where failover goes next. */
export function listFallbackLines(db: Db, excludeNumbers: string[]): Promise<SenderLine[]> {
  return db.senderLine.findMany({
    where: { status: "enabled", number: { notIn: excludeNumbers } },
    orderBy: [{ priority: "asc" }, { id: "asc" }],
  });
}

/**
 * First start only: seeds the configured lines and makes `activeNumber` active.
 * Later starts leave the lines to the console, which owns them from then on.
 */
export async function seedSenderLines(db: Db, numbers: string[], activeNumber: string | undefined): Promise<boolean> {
  if ((await db.senderLine.count()) > 0) return false;
  for (const number of new Set(numbers)) {
    await db.senderLine.create({ data: { number, kind: inferSenderKind(number), label: "" } });
  }
  if (activeNumber) {
    const line = await db.senderLine.findUnique({ where: { number: activeNumber } });
    if (line) await setActiveSender(db, line.id);
  }
  return true;
}
