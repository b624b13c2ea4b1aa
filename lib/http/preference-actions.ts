"use server";
// The language switch: remembered on the signed-in admin (every browser they use) and in a
// cookie (the sign-in page, and anyone not signed in).
import { cookies } from "next/headers";
import { z } from "zod";
import { setAdminLocale } from "@/lib/auth/users";
import { LOCALE_COOKIE, locales } from "@/lib/i18n/locales";
import { getServerContext } from "@/lib/server/app-context";
import { getPageSession } from "./page-session";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export async function chooseLocale(input: unknown): Promise<void> {
  const locale = z.enum(locales).parse(input);
  const session = await getPageSession();
  if (session) await setAdminLocale((await getServerContext()).db, session.id, locale);
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true });
}
