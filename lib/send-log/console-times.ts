// The send-log form's time fields as people type them (in the console's zone and calendar,
// lib/i18n/format.ts) turned into the UTC `from`/`to` that the filters, the API and the CSV read.
import { parseConsoleDateTime } from "@/lib/i18n/format";

const LOCAL_FIELDS = { fromLocal: "from", toLocal: "to" } as const;

/** The query with `fromLocal`/`toLocal` replaced by UTC `from`/`to`; `unreadable` is the first value that is no date. */
export function resolveConsoleTimes(query: Record<string, string>, timeZone: string): { query: Record<string, string>; unreadable: string | null } {
  const { fromLocal, toLocal, ...resolved } = query;
  const typedValues = { fromLocal, toLocal };
  let unreadable: string | null = null;
  for (const [local, utc] of Object.entries(LOCAL_FIELDS)) {
    const typed = typedValues[local as keyof typeof LOCAL_FIELDS]?.trim();
    if (!typed) continue;
    const date = parseConsoleDateTime(typed, timeZone);
    if (date) resolved[utc] = date.toISOString();
    else unreadable ??= typed;
  }
  return { query: resolved, unreadable };
}
