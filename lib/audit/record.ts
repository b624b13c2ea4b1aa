// The audit log: who changed what, when, from what to what. Append-only.
import type { Db } from "@/lib/db/database";
import type { Prisma } from "@/lib/db/generated/client";

/** Who made a change, and from which client address (lib/http/client-address.ts). */
export interface Actor {
  email: string;
  clientAddress: string;
}

export interface AuditInput {
  actor: Actor;
  action: AuditAction;
  target: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntryView {
  id: string;
  actorEmail: string;
  clientAddress: string | null;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  createdAt: string;
}

export const AUDIT_PAGE_MAX = 200;

/** Every action the audit log records; the console words each one plainly and filters by it. */
export const AUDIT_ACTIONS = [
  "sender.create",
  "sender.update",
  "sender.enable",
  "sender.disable",
  "sender.delete",
  "sender.activate",
  "sender.test_send",
  "sender.test_all",
  "settings.update",
  "notifications.update",
  "notifications.test",
  "incident.acknowledge",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Turns any value into plain JSON: Dates as ISO strings, BigInts as strings, functions dropped. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | null {
  const seen = new WeakSet<object>();
  const convert = (input: unknown): Prisma.InputJsonValue | null | undefined => {
    if (input === null || input === undefined) return null;
    if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString();
    switch (typeof input) {
      case "bigint":
        return input.toString();
      case "string":
      case "boolean":
        return input;
      case "number":
        return Number.isFinite(input) ? input : null;
      case "function":
      case "symbol":
        return undefined;
    }
    const object = input;
    if (seen.has(object)) return "[circular]";
    seen.add(object);
    try {
      if (Array.isArray(object)) return object.map((item) => convert(item) ?? null);
      const out: Record<string, Prisma.InputJsonValue | null> = {};
      for (const [key, item] of Object.entries(object)) {
        const converted = convert(item);
        if (converted !== undefined) out[key] = converted;
      }
      return out;
    } finally {
      seen.delete(object);
    }
  };
  return convert(value) ?? null;
}

/** A missing value leaves the Json? column SQL NULL (Prisma refuses a plain null there). */
function jsonColumn(value: unknown): Prisma.InputJsonValue | undefined {
  return toAuditJson(value) ?? undefined;
}

export async function recordAudit(db: Db, entry: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorEmail: entry.actor.email.slice(0, 254),
      clientAddress: entry.actor.clientAddress.slice(0, 64),
      action: entry.action.slice(0, 64),
      target: entry.target.slice(0, 128),
      before: jsonColumn(entry.before),
      after: jsonColumn(entry.after),
    },
  });
}

/** Newest first, keyset on id: `cursor` is the id of the last entry already shown. */
export async function listAuditEntries(
  db: Db,
  options: { cursor?: string | bigint | null; limit: number; action?: AuditAction; actor?: string },
): Promise<{ entries: AuditEntryView[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(1, Math.trunc(options.limit)), AUDIT_PAGE_MAX);
  const cursor = options.cursor === undefined || options.cursor === null ? null : BigInt(options.cursor);
  const rows = await db.auditEntry.findMany({
    where: {
      ...(cursor === null ? {} : { id: { lt: cursor } }),
      ...(options.action ? { action: options.action } : {}),
      ...(options.actor ? { actorEmail: { contains: options.actor, mode: "insensitive" as const } } : {}),
    },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    entries: page.map((row) => ({
      id: row.id.toString(),
      actorEmail: row.actorEmail,
      clientAddress: row.clientAddress,
      action: row.action,
      target: row.target,
      before: row.before,
      after: row.after,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > limit && last ? last.id.toString() : null,
  };
}
