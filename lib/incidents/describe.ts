// How each kind of incident reads, and where its fix is: for the console's banner, the
// incidents API and the notifications alike.
import type { Incident, IncidentKind } from "./incident";

interface KindText {
  /** A short English headline; `line` is filled in where the kind has one. */
  title: (line: string | null) => string;
  /** What it means for OTPs, in English: used where Kavenegar gave no status to explain. */
  meaning: string;
  /** Red: OTPs fail now. Amber: they will, or some do. */
  severity: "critical" | "warning";
  /** The console page where an admin fixes it. */
  fixPath: string;
  fixLabel: string;
}

const KINDS: Record<IncidentKind, KindText> = {
  line_refused: {
    title: (line) => (line ? `Kavenegar refuses sender line ${line}` : "Kavenegar refuses a sender line"),
    meaning: "Kavenegar refuses the sender line: every message from it fails until another line is used.",
    severity: "critical",
    fixPath: "/admin/senders",
    fixLabel: "Fix sender lines",
  },
  no_credit: {
    title: () => "The Kavenegar account is out of credit",
    meaning: "Kavenegar refuses to send: the account has no credit left.",
    severity: "critical",
    fixPath: "/admin/account",
    fixLabel: "Account",
  },
  low_credit: {
    title: () => "Kavenegar credit is running low",
    meaning: "The account's credit is below the alert threshold; sending stops when it runs out.",
    severity: "warning",
    fixPath: "/admin/account",
    fixLabel: "Account",
  },
  account_expiry: {
    title: () => "The Kavenegar account is about to expire",
    meaning: "The Kavenegar account is close to its expiry date, or past it; sending stops once it expires.",
    severity: "warning",
    fixPath: "/admin/account",
    fixLabel: "Account",
  },
  provider_unreachable: {
    title: () => "Kavenegar cannot be reached",
    meaning: "Calls to Kavenegar's API fail or time out: OTP messages are not going out.",
    severity: "critical",
    fixPath: "/admin/live",
    fixLabel: "Live",
  },
  global_limit: {
    title: () => "The overall OTP sending limit was reached",
    meaning: "The gateway's overall OTP ceiling was reached: new OTP requests are refused until it resets.",
    severity: "warning",
    fixPath: "/admin/live",
    fixLabel: "Live",
  },
  line_undelivered: {
    title: (line) => (line ? `Messages from line ${line} are not being delivered` : "Messages are not being delivered"),
    meaning: "Kavenegar accepts the messages, but reports that they do not reach the recipients (failed, not delivered or filtered).",
    severity: "warning",
    fixPath: "/admin/senders",
    fixLabel: "Sender lines",
  },
};

export function incidentTitle(incident: Pick<Incident, "kind" | "line">): string {
  return KINDS[incident.kind].title(incident.line);
}

export function incidentMeaning(kind: IncidentKind): string {
  return KINDS[kind].meaning;
}

export function incidentSeverity(kind: IncidentKind): KindText["severity"] {
  return KINDS[kind].severity;
}

export function incidentFix(kind: IncidentKind): { path: string; label: string } {
  return { path: KINDS[kind].fixPath, label: KINDS[kind].fixLabel };
}
