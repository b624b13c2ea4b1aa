// Incidents in PostgreSQL: one open row per cause (the unique open_cause), counted up while it
// repeats and resolved when the cause goes away. Every function is one statement, so that
// instances racing over the same cause agree on which of them opened or resolved it.
import type { SqlDriver } from "@/lib/db/database";
import type { Incident, IncidentDetailMessage, IncidentKind } from "./incident";

export interface IncidentInput {
  kind: IncidentKind;
  line?: string | null;
  providerStatus?: number | null;
  providerMessage?: string | null;
  detail: string;
  detailMessage?: IncidentDetailMessage | null;
}

type Queryable = Pick<SqlDriver, "query">;

const COLUMNS =
  "id, kind, state, cause, line, count, provider_status, provider_message, detail, detail_message, first_at, last_at, resolved_at, acknowledged_at, acknowledged_by";

interface IncidentRow {
  id: string | number | bigint;
  kind: IncidentKind;
  state: Incident["state"];
  cause: string;
  line: string | null;
  count: number;
  provider_status: number | null;
  provider_message: string | null;
  detail: string;
  detail_message: IncidentDetailMessage | null;
  first_at: Date | string;
  last_at: Date | string;
  resolved_at: Date | string | null;
  acknowledged_at: Date | string | null;
  acknowledged_by: string | null;
}

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

function toIncident(row: IncidentRow): Incident {
  return {
    id: String(row.id),
    kind: row.kind,
    state: row.state,
    cause: row.cause,
    line: row.line,
    count: row.count,
    providerStatus: row.provider_status,
    providerMessage: row.provider_message,
    detail: row.detail,
    detailMessage: row.detail_message,
    firstAt: iso(row.first_at),
    lastAt: iso(row.last_at),
    resolvedAt: row.resolved_at === null ? null : iso(row.resolved_at),
    acknowledgedAt: row.acknowledged_at === null ? null : iso(row.acknowledged_at),
    acknowledgedBy: row.acknowledged_by,
  };
}

/** What makes one incident: its kind, and its line where it has one. */
export function causeOf(kind: IncidentKind, line?: string | null): string {
  return line ? `${kind}:${line}` : kind;
}

/** Opens the incident of this cause, or counts one more occurrence of the open one. */
export async function raiseIncident(sql: Queryable, input: IncidentInput, now = new Date()): Promise<{ incident: Incident; opened: boolean }> {
  const cause = causeOf(input.kind, input.line);
  const [row] = await sql.query<IncidentRow & { opened: boolean }>(
    `INSERT INTO incidents (kind, cause, open_cause, line, provider_status, provider_message, detail, detail_message, first_at, last_at)
     VALUES ($1::"IncidentKind", $2, $2, $3, $4, $5, $6, $8::jsonb, $7::timestamptz, $7::timestamptz)
     ON CONFLICT (open_cause) DO UPDATE SET
       count = incidents.count + 1,
       last_at = EXCLUDED.last_at,
       provider_status = COALESCE(EXCLUDED.provider_status, incidents.provider_status),
       provider_message = COALESCE(EXCLUDED.provider_message, incidents.provider_message),
       detail = EXCLUDED.detail,
       detail_message = EXCLUDED.detail_message
     RETURNING ${COLUMNS}, (xmax = 0) AS opened`,
    [
      input.kind,
      cause,
      input.line ?? null,
      input.providerStatus ?? null,
      input.providerMessage ?? null,
      input.detail,
      now.toISOString(),
      input.detailMessage ? JSON.stringify(input.detailMessage) : null,
    ],
  );
  if (!row) throw new Error("INSERT … RETURNING gave no row");
  return { incident: toIncident(row), opened: row.opened };
}

/** Resolves the open incidents of these causes; answers the ones this call resolved. */
export async function resolveIncidents(sql: Queryable, causes: readonly string[], now = new Date()): Promise<Incident[]> {
  if (causes.length === 0) return [];
  const rows = await sql.query<IncidentRow>(
    `UPDATE incidents SET state = 'resolved', open_cause = NULL, resolved_at = $2::timestamptz
     WHERE open_cause = ANY($1::text[]) RETURNING ${COLUMNS}`,
    [causes, now.toISOString()],
  );
  return rows.map(toIncident);
}

/** The causes open right now. */
export async function openCauses(sql: Queryable): Promise<string[]> {
  const rows = await sql.query<{ open_cause: string }>("SELECT open_cause FROM incidents WHERE open_cause IS NOT NULL");
  return rows.map((row) => row.open_cause);
}

/** Open incidents first (newest activity first), then the latest resolved ones. */
export async function listIncidents(sql: Queryable, limit = 100): Promise<Incident[]> {
  const rows = await sql.query<IncidentRow>(
    `(SELECT ${COLUMNS} FROM incidents WHERE state = 'open' ORDER BY last_at DESC)
     UNION ALL
     (SELECT ${COLUMNS} FROM incidents WHERE state = 'resolved' ORDER BY id DESC LIMIT $1::int)`,
    [limit],
  );
  return rows.map(toIncident);
}

export async function listOpenIncidents(sql: Queryable): Promise<Incident[]> {
  const rows = await sql.query<IncidentRow>(`SELECT ${COLUMNS} FROM incidents WHERE state = 'open' ORDER BY last_at DESC`);
  return rows.map(toIncident);
}

/** Marks an open incident as seen by an admin; null when there is no such open incident. */
export async function acknowledgeIncident(sql: Queryable, id: string, actorEmail: string, now = new Date()): Promise<Incident | null> {
  const [row] = await sql.query<IncidentRow>(
    `UPDATE incidents SET acknowledged_at = $3::timestamptz, acknowledged_by = $2
     WHERE id = $1::bigint AND state = 'open' RETURNING ${COLUMNS}`,
    [id, actorEmail.slice(0, 254), now.toISOString()],
  );
  return row ? toIncident(row) : null;
}

/** Open incidents whose last message is older than `since`, claimed for a reminder (each by one instance). */
export async function claimReminders(sql: Queryable, since: Date, now = new Date()): Promise<Incident[]> {
  const rows = await sql.query<IncidentRow>(
    `UPDATE incidents SET notified_at = $2::timestamptz
     WHERE state = 'open' AND COALESCE(notified_at, first_at) < $1::timestamptz RETURNING ${COLUMNS}`,
    [since.toISOString(), now.toISOString()],
  );
  return rows.map(toIncident);
}
