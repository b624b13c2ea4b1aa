// next-intl's per-request configuration (found by its plugin in next.config.js): no locale in
// the URL; lib/http/page-preferences.ts decides the language and the time zone.
import { getRequestConfig } from "next-intl/server";
import { getPageLocale, getPageTimeZone } from "@/lib/http/page-preferences";
import { messagesFor } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const [locale, timeZone] = await Promise.all([getPageLocale(), getPageTimeZone()]);
  return { locale, timeZone, messages: messagesFor(locale) };
});
