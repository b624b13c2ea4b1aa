// The console's formatting (lib/i18n/format.ts) for the page's language and the time zone of
// Settings, in client components and in server components that are not async alike.
import { useLocale, useTimeZone } from "next-intl";
import { createFormat, DEFAULT_TIME_ZONE, type ConsoleFormat } from "@/lib/i18n/format";

export function useFormat(): ConsoleFormat {
  return createFormat(useLocale(), useTimeZone() ?? DEFAULT_TIME_ZONE);
}
