// What a notification says about an incident, whatever the channel: the title, the plain text
// and the webhook's JSON. English for the admin, with Kavenegar's own Persian words kept verbatim.
import type { Incident } from "@/lib/incidents/incident";
import { incidentMeaning, incidentTitle } from "@/lib/incidents/describe";
import { describeApiStatus } from "@/lib/kavenegar";

export type NoticeEvent = "opened" | "resolved" | "reminder" | "test";

export interface IncidentNotice {
  event: NoticeEvent;
  incident: Pick<
    Incident,
    "id" | "kind" | "state" | "line" | "providerStatus" | "providerMessage" | "detail" | "count" | "firstAt" | "lastAt" | "resolvedAt"
  >;
  /** A link into the admin console, e.g. https://otp.example.com/admin/incidents. */
  consoleUrl: string;
}

const EVENT_PREFIX: Record<NoticeEvent, string> = { opened: "OPEN", resolved: "RESOLVED", reminder: "STILL OPEN", test: "TEST" };

/** English: what Kavenegar's status means when there is one, otherwise what the kind means. */
function meaning(notice: IncidentNotice): string {
  const { kind, providerStatus } = notice.incident;
  return providerStatus === null ? incidentMeaning(kind) : describeApiStatus(providerStatus).explanation;
}

/** Kavenegar's Persian words: as it sent them, else the documented message for the status. */
function persianMessage(notice: IncidentNotice): string {
  const { providerMessage, providerStatus } = notice.incident;
  if (providerMessage) return providerMessage;
  return providerStatus === null ? "" : describeApiStatus(providerStatus).message;
}

function utc(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

export function noticeTitle(notice: IncidentNotice): string {
  const { kind, line, providerStatus } = notice.incident;
  const status = providerStatus === null ? "" : ` (${providerStatus})`;
  return `${EVENT_PREFIX[notice.event]}: ${incidentTitle({ kind, line })}${status}`;
}

export function noticeText(notice: IncidentNotice): string {
  const { incident } = notice;
  const persian = persianMessage(notice);
  const lines = [noticeTitle(notice), ""];
  if (notice.event === "test") lines.push("This is a test of the notification channel: nothing is wrong.");
  const explanation = meaning(notice);
  if (explanation) lines.push(explanation);
  if (persian) {
    const status = incident.providerStatus === null ? "" : ` (${incident.providerStatus})`;
    // On its own line: mixed with English, right-to-left text is reordered by most clients.
    lines.push(`Kavenegar's message${status}:`, persian);
  }
  if (incident.providerStatus !== null) lines.push(`What to do: ${describeApiStatus(incident.providerStatus).adminHint}`);
  if (incident.detail) lines.push(`Detail: ${incident.detail}`);
  const times = incident.count === 1 ? "once" : `${incident.count} times`;
  lines.push(`Seen ${times}: first ${utc(incident.firstAt)}, last ${utc(incident.lastAt)}.`);
  if (incident.resolvedAt !== null) lines.push(`Resolved ${utc(incident.resolvedAt)}.`);
  lines.push(`Console: ${notice.consoleUrl}`);
  return lines.join("\n");
}

// Slack's (and Mattermost's) three control characters; everything else is shown as written.
function slackEscape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

interface WebhookPayload {
  event: NoticeEvent;
  kind: string;
  state: "open" | "resolved";
  line: string | null;
  provider_status: number | null;
  provider_message: string | null;
  meaning: string;
  detail: string;
  count: number;
  first_at: string;
  last_at: string;
  resolved_at: string | null;
  console_url: string;
  /** Slack/Mattermost incoming webhooks show this. */
  text: string;
}

export function webhookPayload(notice: IncidentNotice): WebhookPayload {
  const { incident } = notice;
  return {
    event: notice.event,
    kind: incident.kind,
    state: incident.state,
    line: incident.line,
    provider_status: incident.providerStatus,
    provider_message: persianMessage(notice) || null,
    meaning: meaning(notice),
    detail: incident.detail,
    count: incident.count,
    first_at: incident.firstAt,
    last_at: incident.lastAt,
    resolved_at: incident.resolvedAt,
    console_url: notice.consoleUrl,
    text: slackEscape(noticeText(notice)),
  };
}

/** A made-up open incident (a refused line) to check that a channel works end to end. */
export function testNotice(consoleUrl: string, now: Date = new Date()): IncidentNotice {
  const at = now.toISOString();
  return {
    event: "test",
    incident: {
      id: "test",
      kind: "line_refused",
      state: "open",
      line: "10008663",
      providerStatus: 412,
      providerMessage: describeApiStatus(412).message,
      detail: "A made-up incident sent from the console to check this channel.",
      count: 1,
      firstAt: at,
      lastAt: at,
      resolvedAt: null,
    },
    consoleUrl,
  };
}
