// Server-side sessions. The signed cookie (next-auth's JWT) only names a row here; the row
// is what makes it valid, so sign-out, removal, demotion and a password change end a
// session at once on every instance, and a forged or replayed token names no row.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/database";
import type { AdminRole } from "@/lib/db/generated/enums";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export interface AdminSession {
  id: number;
  email: string;
  name: string;
  role: AdminRole;
  /** The console language the admin chose; null until they choose. */
  locale: string | null;
}

export async function startSession(db: Db, userId: number, clientAddress: string, now = new Date()): Promise<string> {
  const id = randomUUID();
  await db.adminSession.create({
    data: {
      id,
      userId,
      clientAddress: clientAddress.slice(0, 64),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    },
  });
  return id;
}

/** The user behind a live session, read fresh: a changed role applies to the next request. */
export async function findSessionUser(db: Db, sessionId: string, now = new Date()): Promise<AdminSession | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const session = await db.adminSession.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, locale: true } } },
  });
  return session && session.expiresAt > now ? session.user : null;
}

export async function endSession(db: Db, sessionId: string): Promise<void> {
  if (/^[0-9a-f-]{36}$/i.test(sessionId)) await db.adminSession.deleteMany({ where: { id: sessionId } });
}
