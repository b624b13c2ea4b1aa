// The language, time zone and theme of a page request, decided once per request: the signed-in
// admin's stored language, else the language cookie (a choice made before signing in), else the
// browser's Accept-Language; the time zone from Settings; the theme from its cookie.
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";
import { isTheme, THEME_COOKIE, type Theme } from "@/lib/i18n/theme";
import { getServerContext } from "@/lib/server/app-context";
import { getSettings } from "@/lib/settings/store";
import { getPageSession } from "./page-session";

export const getPageLocale = cache(async (): Promise<Locale> => {
  const session = await getPageSession();
  if (isLocale(session?.locale)) return session.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
});

export const getPageTimeZone = cache(async (): Promise<string> => {
  const { db } = await getServerContext();
  return (await getSettings(db)).timeZone;
});

export async function getPageTheme(): Promise<Theme> {
  const chosen = (await cookies()).get(THEME_COOKIE)?.value;
  return isTheme(chosen) ? chosen : "system";
}
