// Resolves the signed-in admin from the session cookie, re-reading the user from the
// database so that a deleted user or a changed role takes effect at once.
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { getServerContext } from "@/lib/server/app-context";
import { authSecret } from "./options";

export type AdminRoleName = "admin" | "viewer";
export interface AdminSession {
  id: number;
  email: string;
  name: string;
  role: AdminRoleName;
}

function parseCookieHeader(header: string | null): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0) jar.set(part.slice(0, index).trim(), decodeURIComponent(part.slice(index + 1).trim()));
  }
  return jar;
}

async function sessionFromCookies(jar: Map<string, string>): Promise<AdminSession | null> {
  const secureName = [...jar.keys()].some((name) => name.startsWith("__Secure-next-auth.session-token"));
  const token = await getToken({
    req: { cookies: jar, headers: {} } as never,
    secret: authSecret(),
    secureCookie: secureName,
  });
  if (!token?.email) return null;
  const { db } = await getServerContext();
  const user = await db.adminUser.findUnique({ where: { email: token.email } });
  return user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}

export function getSessionFromRequest(request: Request): Promise<AdminSession | null> {
  return sessionFromCookies(parseCookieHeader(request.headers.get("cookie")));
}

export async function getPageSession(): Promise<AdminSession | null> {
  const store = await cookies();
  return sessionFromCookies(new Map(store.getAll().map(({ name, value }) => [name, value])));
}

/** For admin pages: redirects to sign-in when there is no session. */
export async function requireAdminPage(): Promise<AdminSession> {
  const session = await getPageSession();
  if (!session) redirect("/signin");
  return session;
}

export function canWrite(session: AdminSession): boolean {
  return session.role === "admin";
}

export function assertRole(session: AdminSession | null, role: AdminRoleName): AdminSession {
  if (!session) throw new DomainError("unauthorized", "Sign in to continue.");
  if (role === "admin" && session.role !== "admin") {
    throw new DomainError("forbidden", "Your role (viewer) may not change anything.");
  }
  return session;
}
