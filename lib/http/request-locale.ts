// The language of an API request, decided as for pages (lib/http/page-preferences.ts): the admin's
// stored choice, else the language cookie, else Accept-Language.
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/locales";

export function requestLocale(request: Request, admin: { locale: string | null }): Locale {
  if (isLocale(admin.locale)) return admin.locale;
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isLocale(cookie) ? cookie : negotiateLocale(request.headers.get("accept-language"));
}
