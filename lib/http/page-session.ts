// The signed-in admin of a page request, read once per request however many server
// components ask (the layout and the page), with the app's database.
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { sessionIdFromCookies } from "@/lib/auth/session";
import { findSessionUser, type AdminSession } from "@/lib/auth/sessions";
import { getServerContext } from "@/lib/server/app-context";

export const getPageSession = cache(async (): Promise<AdminSession | null> => {
  const store = await cookies();
  const sessionId = await sessionIdFromCookies(new Map(store.getAll().map(({ name, value }) => [name, value])));
  if (!sessionId) return null;
  const { db } = await getServerContext();
  return findSessionUser(db, sessionId);
});

/** For admin pages: redirects to sign-in when there is no session. */
export async function requireAdminPage(): Promise<AdminSession> {
  const session = await getPageSession();
  if (!session) redirect("/signin");
  return session;
}
