// What a notification says about an incident, whatever the channel: the title, the plain text
// and the webhook's JSON. In the language and time zone of Settings (one team, one channel, one
// language), with Kavenegar's own Persian words kept verbatim; the webhook's fields stay English.
import { incidentDetail } from "@/lib/incidents/detail";
import type { Incident } from "@/lib/incidents/incident";
import { incidentMeaning } from "@/lib/incidents/describe";
import { createFormat, utcText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { describeApiStatus } from "@/lib/kavenegar";

export type NoticeEvent = "opened" | "resolved" | "reminder" | "test";

export interface IncidentNotice {
  event: NoticeEvent;
  incident: Pick<
    Incident,
    "id" | "kind" | "state" | "line" | "providerStatus" | "providerMessage" | "detail" | "count" | "firstAt" | "lastAt" | "resolvedAt"
  > &
    // Absent from notices queued before details were kept as messages.
    Partial<Pick<Incident, "detailMessage">>;
  /** A link into the admin console, e.g. https://otp.example.com/admin/incidents. */
  consoleUrl: string;
  /** Settings' notification language and time zone when it was queued; English and UTC for older messages. */
  language?: NoticeLanguage;
}

export interface NoticeLanguage {
  locale: Locale;
  timeZone: string;
}

const ENGLISH_UTC: NoticeLanguage = { locale: "en", timeZone: "UTC" };

function wordsFor(notice: IncidentNotice) {
  const { locale, timeZone } = notice.language ?? ENGLISH_UTC;
  const t = translatorFor(locale, "notice");
  const kinds = translatorFor(locale, "incidents");
  const kavenegar = translatorFor(locale, "kavenegar");
  const format = createFormat(locale, timeZone);
  const ours = (status: number) => {
    const key = `meaning.s${status}` as "meaning.s200";
    return kavenegar.has(key) ? { meaning: kavenegar(key), hint: kavenegar(`hint.s${status}` as "hint.s200") } : null;
  };
  return {
    t,
    /** An instant in the zone of Settings; UTC keeps its plain ISO-like form. */
    time: (iso: string) => (timeZone === "UTC" && locale === "en" ? utcText(iso) : `${format.dateTime(iso, { seconds: true })} (${timeZone})`),
    title: (incident: Pick<Incident, "kind" | "line">) =>
      incident.line ? kinds(`kinds.${incident.kind}.titleLine`, { line: incident.line }) : kinds(`kinds.${incident.kind}.title`),
    meaning: (incident: Pick<Incident, "kind" | "providerStatus">) =>
      incident.providerStatus === null
        ? kinds(`kinds.${incident.kind}.meaning`)
        : (ours(incident.providerStatus)?.meaning ?? describeApiStatus(incident.providerStatus).explanation),
    hint: (status: number) => ours(status)?.hint ?? describeApiStatus(status).adminHint,
    /** The detail in this language; another language leaves out an English one the status's meaning already says. */
    detail: ({ detail, detailMessage, providerStatus }: IncidentNotice["incident"]) => {
      if (detailMessage) return (kinds as unknown as (key: string, params: object) => string)(`details.${detailMessage.key}`, detailMessage.params);
      return locale !== "en" && providerStatus !== null ? "" : detail;
    },
  };
}

/** For the webhook's `meaning` field (English): what Kavenegar's status means when there is one, otherwise what the kind means. */
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

export function noticeTitle(notice: IncidentNotice): string {
  const { t, title } = wordsFor(notice);
  const { kind, line, providerStatus } = notice.incident;
  const status = providerStatus === null ? "" : ` (${providerStatus})`;
  return `${t(`events.${notice.event}`)}: ${title({ kind, line })}${status}`;
}

export function noticeText(notice: IncidentNotice): string {
  const words = wordsFor(notice);
  const { t } = words;
  const { incident } = notice;
  const persian = persianMessage(notice);
  const status = incident.providerStatus === null ? "" : ` (${incident.providerStatus})`;
  const lines = [noticeTitle(notice), ""];
  if (notice.event === "test") lines.push(t("test"));
  lines.push(words.meaning(incident));
  // On its own line: mixed with other text, right-to-left text is reordered by most clients.
  if (persian) lines.push(t("kavenegarSaid", { status }), persian);
  if (incident.providerStatus !== null) lines.push(t("whatToDo", { hint: words.hint(incident.providerStatus) }));
  const detail = words.detail(incident);
  if (detail) lines.push(t("detail", { detail }));
  lines.push(t("seen", { count: incident.count, first: words.time(incident.firstAt), last: words.time(incident.lastAt) }));
  if (incident.resolvedAt !== null) lines.push(t("resolved", { at: words.time(incident.resolvedAt) }));
  lines.push(t("console", { url: notice.consoleUrl }));
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
export function testNotice(consoleUrl: string, language?: NoticeLanguage, now: Date = new Date()): IncidentNotice {
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
      ...incidentDetail("channelTest"),
      count: 1,
      firstAt: at,
      lastAt: at,
      resolvedAt: null,
    },
    consoleUrl,
    language,
  };
}
