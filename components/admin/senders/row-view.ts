// The sender table's rows as plain data, computed on the server at render time.
import type { SenderLine } from "@/lib/senders/store";

/** A failure within this window is shown in red. */
const RECENT_FAILURE_MS = 24 * 3600 * 1000;

export interface SenderRowView {
  id: number;
  number: string;
  kind: SenderLine["kind"];
  label: string;
  priority: number;
  status: "enabled" | "disabled";
  active: boolean;
  lastFailure: { code: number | null; at: string; agoSeconds: number; recent: boolean } | null;
  lastSuccess: { at: string; agoSeconds: number } | null;
}

const secondsSince = (then: Date, now: number) => Math.max(0, Math.round((now - then.getTime()) / 1000));

/** The clock is read here, outside the page's render, once: every row's "ago" counts from the same instant. */
export function toSenderRowViews(lines: SenderLine[], activeId: number | null, now = Date.now()): SenderRowView[] {
  return lines.map((line) => toSenderRowView(line, activeId, now));
}

function toSenderRowView(line: SenderLine, activeId: number | null, now: number): SenderRowView {
  return {
    id: line.id,
    number: line.number,
    kind: line.kind,
    label: line.label,
    priority: line.priority,
    status: line.status,
    active: line.id === activeId,
    lastFailure: line.lastFailureAt
      ? {
          code: line.lastFailureCode,
          at: line.lastFailureAt.toISOString(),
          agoSeconds: secondsSince(line.lastFailureAt, now),
          recent: now - line.lastFailureAt.getTime() < RECENT_FAILURE_MS,
        }
      : null,
    lastSuccess: line.lastSuccessAt ? { at: line.lastSuccessAt.toISOString(), agoSeconds: secondsSince(line.lastSuccessAt, now) } : null,
  };
}
