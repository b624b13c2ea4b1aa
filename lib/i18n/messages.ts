// The console's words in each language; en.json is the reference every other file must match
// (tests/i18n/messages.test.ts), and its shape types every translation key.
import { createTranslator } from "next-intl";
import en from "./messages/en.json";
import fa from "./messages/fa.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

const catalogs: Record<Locale, Messages> = { en, fa };

export function messagesFor(locale: Locale): Messages {
  return catalogs[locale];
}

/** Translations outside React (notifications): the same messages the console shows. */
export function translatorFor<Namespace extends keyof Messages>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: catalogs[locale], namespace });
}
