// Reads the send log: keyset pages newest first, and one attempt in full.
import type { Db, SqlDriver } from "@/lib/db/database";
import { NotFoundError } from "@/lib/errors";
import { SEND_ATTEMPT_COLUMNS, toSendAttempt, type SendAttempt, type SendAttemptRow } from "./attempt";
import { hideOtpCodes } from "./redact";
import { sendAttemptIdSchema, type SendLogFilters } from "./schemas";

export interface SendLogPage {
  rows: SendAttempt[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface SendAttemptDetail extends SendAttempt {
  /** The provider's envelope as received (or null when no answer came); OTP codes masked. */
  providerResponse: unknown;
  challenge: { id: string; status: string; createdAt: string; expiresAt: string; verifiedAt: string | null } | null;
}

export type SendLogQueryFilters = Omit<SendLogFilters, "limit"> & { limit: number };

/**
 * Ids are handed out in insertion order and created_at is the insert time, so a time range
 * is also an id range. Finding its ends on the created_at index first, and scanning by id
 * between them, keeps a range deep in the past from walking every newer row. A row may
 * take its id a little before or after its timestamp (concurrent inserts), so the ends are
 * taken a margin outside the range: a row stamped more than a margin earlier than another
 * surely has the smaller id.
 */
const ID_ORDER_MARGIN_MS = 60_000;

/** Exclusive id bounds; null when unbounded. */
interface IdRange {
  above: string | null;
  below: string | null;
}

const LAST_ID_BEFORE = "SELECT id FROM send_attempts WHERE created_at < $1::timestamptz ORDER BY created_at DESC LIMIT 1";
const FIRST_ID_FROM = "SELECT id FROM send_attempts WHERE created_at >= $1::timestamptz ORDER BY created_at LIMIT 1";

/** Ids outside (above, below) cannot hold rows of [from, to). */
type Queryable = Pick<SqlDriver, "query">;

async function findIdRange(sql: Queryable, from: Date | undefined, to: Date | undefined): Promise<IdRange> {
  const edge = async (statement: string, at: Date | undefined, shiftMs: number) => {
    if (at === undefined) return null;
    const [row] = await sql.query<{ id: string }>(statement, [new Date(at.getTime() + shiftMs).toISOString()]);
    return row?.id ?? null;
  };
  return {
    above: await edge(LAST_ID_BEFORE, from, -ID_ORDER_MARGIN_MS),
    below: await edge(FIRST_ID_FROM, to, ID_ORDER_MARGIN_MS),
  };
}

/** The one statement behind a page. */
function buildSendLogQuery(filters: SendLogQueryFilters, range: IdRange = { above: null, below: null }): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const param = (value: unknown, cast: string) => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };
  const where: string[] = [];
  const fullPhone = filters.phone !== undefined && isFullMobile(filters.phone);
  const equalities = [
    ["challenge_id", filters.challenge, "uuid"],
    ["phone", fullPhone ? filters.phone : undefined, "text"],
    ["provider_status", filters.status, "int"],
    ["sender", filters.sender, "text"],
    ["outcome", filters.outcome, '"SendOutcome"'],
  ] as const;
  let driving: string | null = null;
  for (const [column, value, cast] of equalities) {
    if (value === undefined) continue;
    if (driving === null) {
      // Written as `= ANY(array)` and ordered by (column, id): PostgreSQL must then walk this
      // column's (column, id DESC) index in order. With a plain `=` it may walk the primary
      // key instead, filtering, on the belief that matches are spread evenly over time;
      // failures come in bursts, and after one the walk would cross every newer row.
      where.push(`${column} = ANY(ARRAY[${param(value, cast)}])`);
      driving = column;
    } else {
      // The other filters must not become index conditions: their columns are correlated
      // (a 412 comes from one line) and PostgreSQL, taking them as independent, would AND
      // two bitmaps and sort every match. Same meaning for a non-null value, same estimate.
      where.push(`${column} IS NOT DISTINCT FROM ${param(value, cast)}`);
    }
  }
  // A beginning is a range of the column's index; the planner weighs it against walking by id.
  for (const [column, prefix] of [
    ["phone", fullPhone ? undefined : filters.phone],
    ["message_id", filters.messageId],
  ] as const) {
    if (prefix === undefined) continue;
    where.push(`${column} >= ${param(prefix, "text")}`);
    const end = prefixEnd(prefix);
    if (end !== null) where.push(`${column} < ${param(end, "text")}`);
  }
  if (filters.from !== undefined) where.push(`created_at >= ${param(filters.from.toISOString(), "timestamptz")}`);
  if (filters.to !== undefined) where.push(`created_at < ${param(filters.to.toISOString(), "timestamptz")}`);
  if (range.above !== null) where.push(`id > ${param(range.above, "bigint")}`);
  if (range.below !== null) where.push(`id < ${param(range.below, "bigint")}`);
  if (filters.cursor !== undefined) where.push(`id < ${param(filters.cursor, "bigint")}`);
  // One extra row tells whether an older page exists.
  const limit = param(filters.limit + 1, "int");
  const order = driving ? `${driving}, id DESC` : "id DESC";
  const text = `SELECT ${SEND_ATTEMPT_COLUMNS} FROM send_attempts${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ${order} LIMIT ${limit}`;
  return { text, values };
}

const isFullMobile = (phone: string) => /^\+989\d{9}$/.test(phone);

/**
 * The first string after every string that starts with `prefix` (digits, maybe after a "+"):
 * "+98912" → "+98913", "0999" → "1"; null when there is none ("999": every later digit
 * string starts with it). Digit strings compare the same way under every collation.
 */
export function prefixEnd(prefix: string): string | null {
  const digits = prefix.replace(/^\+/, "");
  const sign = prefix.length - digits.length > 0 ? "+" : "";
  const kept = digits.replace(/9+$/, "");
  if (kept === "") return null;
  return `${sign}${kept.slice(0, -1)}${String(Number(kept.at(-1)) + 1)}`;
}

/** The statement for a page of these filters. */
export async function prepareSendLogQuery(sql: Queryable, filters: SendLogQueryFilters): Promise<{ text: string; values: unknown[] }> {
  if (filters.from === undefined && filters.to === undefined) return buildSendLogQuery(filters);
  return buildSendLogQuery(filters, await findIdRange(sql, filters.from, filters.to));
}

/** Newest first; `WHERE id < cursor ORDER BY id DESC` stays as fast on page 10,000 as on page 1. */
export async function listSendAttempts(sql: Queryable, filters: SendLogQueryFilters): Promise<SendLogPage> {
  const { text, values } = await prepareSendLogQuery(sql, filters);
  const found = await sql.query<SendAttemptRow>(text, values);
  const rows = found.slice(0, filters.limit).map(toSendAttempt);
  const last = rows.at(-1);
  return { rows, nextCursor: found.length > filters.limit && last ? last.id : null };
}

export async function getSendAttempt(db: Db, id: string): Promise<SendAttemptDetail> {
  if (!sendAttemptIdSchema.safeParse(id).success) throw new NotFoundError("sendAttemptNotFound");
  const [row] = await db.$queryRawUnsafe<(SendAttemptRow & { provider_response: unknown })[]>(
    `SELECT ${SEND_ATTEMPT_COLUMNS}, provider_response FROM send_attempts WHERE id = $1::bigint`,
    id,
  );
  if (!row) throw new NotFoundError("sendAttemptNotFound");
  const attempt = toSendAttempt(row);
  const challenge = attempt.challengeId
    ? await db.otpChallenge.findUnique({
        where: { id: attempt.challengeId },
        select: { id: true, status: true, createdAt: true, expiresAt: true, verifiedAt: true },
      })
    : null;
  return {
    ...attempt,
    // Viewers read the log too; a code that may still be valid is not theirs to see.
    providerResponse: attempt.purpose === "otp" ? hideOtpCodes(row.provider_response) : row.provider_response,
    challenge: challenge && {
      id: challenge.id,
      status: challenge.status,
      createdAt: challenge.createdAt.toISOString(),
      expiresAt: challenge.expiresAt.toISOString(),
      verifiedAt: challenge.verifiedAt?.toISOString() ?? null,
    },
  };
}
