// The send log's filters, parsed from a query string by both the page and the API.
import { z } from "zod";
import { normalizeIranianMobile, normalizeIranianMobilePrefix } from "@/lib/phone";
import { issueMessage } from "@/lib/i18n/issue-messages";

export const SEND_LOG_DEFAULT_LIMIT = 50;
/** A shorter beginning than "+989" matches every mobile number: no filter at all. */
const MIN_PHONE_PREFIX = "+989";
const SEND_LOG_MAX_LIMIT = 200;

/** An empty form field means "no filter", not an invalid value. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

/** Query strings carry text; a regex names the problem where coercion would only say "expected number". */
const wholeNumber = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, message)
    .transform(Number);

const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** A send attempt's id (a PostgreSQL bigint) as text. */
export const sendAttemptIdSchema = z
  .string()
  .trim()
  .refine((value) => /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_BIGINT, issueMessage("sendAttemptId"));

const WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?$/;

/** `<input type="datetime-local">` sends no zone; the console shows and reads times in UTC. */
const dateTime = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const iso = WITHOUT_ZONE.test(value) ? `${value.length === 10 ? `${value}T00:00` : value}Z` : value;
    const date = new Date(iso);
    if (!/^\d{4}-/.test(value) || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: issueMessage("dateTime") });
      return z.NEVER;
    }
    return date;
  });

export const sendLogFiltersSchema = z
  .object({
    /** A mobile number, or its beginning (e.g. 0912345), in any spelling; normalised to +98…. */
    phone: optional(
      z
        .string()
        .trim()
        .max(32)
        .transform((value, ctx) => {
          const normalized = normalizeIranianMobile(value) ?? normalizeIranianMobilePrefix(value);
          if (normalized && normalized.length >= MIN_PHONE_PREFIX.length) return normalized;
          ctx.addIssue({ code: "custom", message: issueMessage("phonePrefix") });
          return z.NEVER;
        }),
    ),
    /** Kavenegar's message id, or its beginning. */
    messageId: optional(
      z
        .string()
        .trim()
        .regex(/^\d{1,20}$/, issueMessage("messageId")),
    ),
    outcome: optional(z.enum(["sent", "failed"])),
    /** Kavenegar's `return.status`, e.g. 412. */
    status: optional(wholeNumber(issueMessage("statusCode")).pipe(z.number().max(999, issueMessage("statusCode")))),
    sender: optional(z.string().trim().max(32)),
    challenge: optional(z.uuid()),
    /** Inclusive. */
    from: optional(dateTime),
    /** Exclusive. */
    to: optional(dateTime),
    /** The id of the last row of the previous page; rows older than it follow. */
    cursor: optional(sendAttemptIdSchema),
    limit: z.preprocess(
      blankToUndefined,
      wholeNumber(issueMessage("wholeNumber"))
        .pipe(
          z
            .number()
            .min(1, issueMessage("atLeast", { min: 1 }))
            .max(SEND_LOG_MAX_LIMIT, issueMessage("atMost", { max: SEND_LOG_MAX_LIMIT })),
        )
        .default(SEND_LOG_DEFAULT_LIMIT),
    ),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from < filters.to, {
    error: issueMessage("afterFrom"),
    path: ["to"],
  });

export type SendLogFilters = z.infer<typeof sendLogFiltersSchema>;

type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** URLSearchParams or a page's `searchParams`, first value of each name. */
export function searchParamsToObject(params: URLSearchParams | SearchParamsRecord): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const result: Record<string, string> = {};
  for (const [name, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !(name in result)) result[name] = first;
  }
  return result;
}

export function parseSendLogFilters(params: URLSearchParams | SearchParamsRecord): SendLogFilters {
  return sendLogFiltersSchema.parse(searchParamsToObject(params));
}

/** A UTC time as the filter form's datetime-local field shows it (and the schema reads it back). */
export function toFilterDateTime(date: Date): string {
  const iso = date.toISOString();
  if (iso.endsWith(":00.000Z")) return iso.slice(0, 16);
  return iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, 23);
}

/** The query string for these filters, e.g. for the "Older" link or the CSV export. */
export function sendLogQueryString(filters: Partial<SendLogFilters>, options: { cursor?: string | null; withLimit?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (filters.phone) params.set("phone", filters.phone);
  if (filters.messageId) params.set("messageId", filters.messageId);
  if (filters.outcome) params.set("outcome", filters.outcome);
  if (filters.status !== undefined) params.set("status", String(filters.status));
  if (filters.sender) params.set("sender", filters.sender);
  if (filters.challenge) params.set("challenge", filters.challenge);
  if (filters.from) params.set("from", toFilterDateTime(filters.from));
  if (filters.to) params.set("to", toFilterDateTime(filters.to));
  if (options.withLimit !== false && filters.limit !== undefined && filters.limit !== SEND_LOG_DEFAULT_LIMIT) {
    params.set("limit", String(filters.limit));
  }
  if (options.cursor) params.set("cursor", options.cursor);
  const text = params.toString();
  return text ? `?${text}` : "";
}
