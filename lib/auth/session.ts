// Resolves the signed-in admin: the signed cookie names a server-side session
// (lib/auth/sessions.ts), and the user is read fresh from the database each time.
import "server-only";
import { getToken } from "next-auth/jwt";
import type { Db } from "@/lib/db/database";
import { DomainError } from "@/lib/errors";
import { authSecret } from "./secret";
import { findSessionUser, type AdminSession } from "./sessions";

export type { AdminSession };
export type AdminRoleName = AdminSession["role"];

function parseCookieHeader(header: string | null): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    try {
      jar.set(part.slice(0, index).trim(), decodeURIComponent(part.slice(index + 1).trim()));
    } catch {
      // A malformed cookie is no session.
    }
  }
  return jar;
}

/** The session id inside a valid signed cookie, or null. */
export async function sessionIdFromCookies(jar: Map<string, string>): Promise<string | null> {
  const secureCookie = [...jar.keys()].some((name) => name.startsWith("__Secure-next-auth.session-token"));
  const token = await getToken({ req: { cookies: Object.fromEntries(jar), headers: {} } as never, secret: authSecret(), secureCookie }).catch(
    () => null,
  );
  return typeof token?.sid === "string" ? token.sid : null;
}

export function sessionIdFromRequest(request: Request): Promise<string | null> {
  return sessionIdFromCookies(parseCookieHeader(request.headers.get("cookie")));
}

export async function getSessionFromRequest(db: Db, request: Request): Promise<AdminSession | null> {
  const sessionId = await sessionIdFromRequest(request);
  return sessionId ? findSessionUser(db, sessionId) : null;
}

export function canWrite(session: AdminSession): boolean {
  return session.role === "admin";
}

export function assertRole(session: AdminSession | null, role: AdminRoleName): AdminSession {
  if (!session) throw new DomainError("unauthorized", "signInRequired");
  if (role === "admin" && session.role !== "admin") {
    throw new DomainError("forbidden", "viewerReadOnly");
  }
  return session;
}
