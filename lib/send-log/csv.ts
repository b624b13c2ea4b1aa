// CSV export of the send log: RFC 4180, a BOM so that Excel reads UTF-8 (Persian), and cells
// that a spreadsheet would run as formulas defused. Streamed page by page.
import type { SqlDriver } from "@/lib/db/database";
import { toConsoleDateTimeInput } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { findApiStatus } from "@/lib/kavenegar/status-codes";
import type { SendAttempt } from "./attempt";
import { describeDeliveryStatus } from "./delivery-outcome";
import { listSendAttempts } from "./query";
import type { SendLogFilters } from "./schemas";

export const CSV_BOM = "\uFEFF";
const EXPORT_PAGE_SIZE = 1000;

type Cell = string | number | null | undefined;

/** A leading = + - @ (or tab / CR) makes Excel or Sheets evaluate the cell; a quote keeps it text. */
export function escapeCsvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsvLine(cells: readonly Cell[]): string {
  return `${cells.map(escapeCsvCell).join(",")}\r\n`;
}

/** The reader's calendar and the time zone of Settings, for the `created_at_local` column. */
export interface CsvTimes {
  locale: Locale;
  timeZone: string;
}

const columns = (times: CsvTimes): readonly [string, (row: SendAttempt) => Cell][] => [
  ["id", (row) => row.id],
  ["created_at", (row) => row.createdAt],
  ["phone", (row) => row.phone],
  ["sender", (row) => row.sender],
  ["method", (row) => row.method],
  ["purpose", (row) => row.purpose],
  ["outcome", (row) => row.outcome],
  ["provider_status", (row) => row.providerStatus],
  ["provider_message", (row) => row.providerMessage],
  ["status_meaning", (row) => (row.providerStatus === null ? null : findApiStatus(row.providerStatus)?.explanation)],
  ["message_id", (row) => row.messageId],
  ["cost_rials", (row) => row.cost],
  ["latency_ms", (row) => row.latencyMs],
  ["error_code", (row) => row.errorCode],
  ["error_detail", (row) => row.errorDetail],
  ["challenge_id", (row) => row.challengeId],
  // Last, so that the columns older exports had keep their places.
  ["delivery_status", (row) => row.deliveryStatus],
  ["delivery_status_text", (row) => (row.deliveryStatus === null ? null : describeDeliveryStatus(row.deliveryStatus).persian)],
  ["delivery_status_at", (row) => row.deliveryStatusAt],
  // Jalali for a Persian reader, in the zone of Settings, Latin digits so a spreadsheet reads it; created_at stays ISO UTC.
  ["created_at_local", (row) => toConsoleDateTimeInput(new Date(row.createdAt), times.locale, times.timeZone).replace("T", " ")],
];

/** Every row matching the filters (the page's cursor and limit are ignored), newest first. */
export async function* sendLogCsvChunks(
  sql: Pick<SqlDriver, "query">,
  filters: SendLogFilters,
  times: CsvTimes = { locale: "en", timeZone: "UTC" },
): AsyncGenerator<string> {
  const COLUMNS = columns(times);
  yield CSV_BOM + toCsvLine(COLUMNS.map(([name]) => name));
  let cursor: string | undefined;
  do {
    const page = await listSendAttempts(sql, { ...filters, cursor, limit: EXPORT_PAGE_SIZE });
    if (page.rows.length > 0) yield page.rows.map((row) => toCsvLine(COLUMNS.map(([, cell]) => cell(row)))).join("");
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** A byte stream for a Response body; a client that goes away stops the paging. */
export function createSendLogCsvStream(sql: Pick<SqlDriver, "query">, filters: SendLogFilters, times?: CsvTimes): ReadableStream<Uint8Array> {
  const chunks = sendLogCsvChunks(sql, filters, times);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

export function sendLogCsvFileName(now: Date = new Date()): string {
  return `send-log-${now.toISOString().slice(0, 19).replace(/:/g, "-")}Z.csv`;
}
