// Turns what happens (a send's answer, an account refresh, the overall limit, the delivery
// statuses) into incidents: opened once per cause, counted while it repeats, resolved when the
// cause is gone. Each change is announced (live, and to the notification channels). The set of
// open causes is kept in memory, current through the live stream, so that a successful send
// costs nothing here unless something is open that it could resolve.
import type { SqlDriver } from "@/lib/db/database";
import { describeApiStatus, refusesSenderLine } from "@/lib/kavenegar/status-codes";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { incidentDetail } from "./detail";
import type { Incident, IncidentChange } from "./incident";
import { acknowledgeIncident, causeOf, claimReminders, openCauses, raiseIncident, resolveIncidents, type IncidentInput } from "./store";

export type IncidentAnnouncement = IncidentChange | "reminder";
export type Announce = (change: IncidentAnnouncement, incident: Incident) => Promise<void>;

/** Timeouts and unanswered or busy calls: the provider, not the request, is the problem. */
const OUTAGE_ERROR_CODES = new Set(["provider_timeout", "provider_unavailable"]);
const OUTAGE_WINDOW_MS = 5 * 60_000;
export const OUTAGES_TO_OPEN = 5;
/** A live event missed (a LISTEN reconnect) is made good this soon: the open causes are read again. */
const RELOAD_AFTER_MS = 60_000;

export class IncidentObserver {
  #open = new Set<string>();
  #loadedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly sql: Pick<SqlDriver, "query">,
    private readonly announce: Announce,
  ) {}

  /** Reads the open causes from the database (at start, and now and then in case a live event was missed). */
  async reload(): Promise<void> {
    this.#loadedAt = Date.now();
    this.#open = new Set(await openCauses(this.sql));
  }

  /** A change another instance announced. */
  heard(change: IncidentChange, incident: Incident): void {
    if (change === "resolved") this.#open.delete(incident.cause);
    else this.#open.add(incident.cause);
  }

  isOpen(cause: string): boolean {
    return this.#open.has(cause);
  }

  async raise(input: IncidentInput, now = new Date()): Promise<Incident> {
    const { incident, opened } = await raiseIncident(this.sql, input, now);
    this.#open.add(incident.cause);
    await this.announce(opened ? "opened" : "updated", incident);
    return incident;
  }

  /** Resolves those of `causes` that are open; a prefix ending in ":" stands for every line of a kind. */
  async resolve(causes: readonly string[], now = new Date()): Promise<Incident[]> {
    const open = [...this.#open].filter((cause) => causes.some((wanted) => (wanted.endsWith(":") ? cause.startsWith(wanted) : cause === wanted)));
    if (open.length === 0) return [];
    const resolved = await resolveIncidents(this.sql, open, now);
    for (const cause of open) this.#open.delete(cause);
    for (const incident of resolved) await this.announce("resolved", incident);
    return resolved;
  }

  /** An admin has seen it: it stays open (and in the banner, quieter) until its cause is gone. */
  async acknowledge(id: string, actorEmail: string, now = new Date()): Promise<Incident | null> {
    const incident = await acknowledgeIncident(this.sql, id, actorEmail, now);
    if (incident) await this.announce("acknowledged", incident);
    return incident;
  }

  /** Reminds of every incident open without a message since `since` (each claimed by one instance). */
  async remind(since: Date, now = new Date()): Promise<void> {
    for (const incident of await claimReminders(this.sql, since, now)) await this.announce("reminder", incident);
  }

  /** What a recorded send tells: a refused line, no credit, an unreachable provider, or that all is well again. */
  async afterAttempt(attempt: SendAttempt, activeSender: string | null, now = new Date()): Promise<void> {
    if (attempt.outcome === "sent") {
      if (Date.now() - this.#loadedAt > RELOAD_AFTER_MS) await this.reload();
      await this.resolve(
        [
          causeOf("line_refused", attempt.sender),
          // The active line works: whatever line was refused before the switch no longer matters.
          ...(attempt.sender !== null && attempt.sender === activeSender ? [`${causeOf("line_refused")}:`] : []),
          causeOf("no_credit"),
          causeOf("provider_unreachable"),
        ],
        now,
      );
      return;
    }
    // A failed test send from a line the admin is trying out is an answer, not an outage.
    if (attempt.purpose !== "otp") return;
    const meaning = attempt.providerStatus === null ? null : describeApiStatus(attempt.providerStatus);
    const provider = { providerStatus: attempt.providerStatus, providerMessage: attempt.providerMessage };
    if (refusesSenderLine(attempt.providerStatus) && attempt.sender) {
      await this.raise({ kind: "line_refused", line: attempt.sender, ...provider, detail: meaning?.explanation ?? "" }, now);
    } else if (attempt.providerStatus === 418) {
      await this.raise({ kind: "no_credit", ...provider, detail: meaning?.explanation ?? "" }, now);
    } else if (attempt.errorCode !== null && OUTAGE_ERROR_CODES.has(attempt.errorCode)) {
      const outages = await this.recentOutages(now);
      if (outages >= OUTAGES_TO_OPEN || this.isOpen(causeOf("provider_unreachable"))) {
        await this.raise(
          {
            kind: "provider_unreachable",
            ...provider,
            ...incidentDetail("outage", { count: outages, code: attempt.errorCode }),
          },
          now,
        );
      }
    }
  }

  private async recentOutages(now: Date): Promise<number> {
    const [row] = await this.sql.query<{ count: number | string }>(
      `SELECT count(*) AS count FROM send_attempts
       WHERE created_at > $1::timestamptz AND purpose = 'otp' AND error_code = ANY($2::text[])`,
      [new Date(now.getTime() - OUTAGE_WINDOW_MS).toISOString(), [...OUTAGE_ERROR_CODES]],
    );
    return Number(row?.count ?? 0);
  }
}
