// The sender table's rows as plain data, computed on the server at render time.
import type { SenderLine } from "@/lib/senders/store";
import { senderKindLabels } from "@/lib/senders/kind";

/** A failure within this window is shown in red. */
const RECENT_FAILURE_MS = 24 * 3600 * 1000;

export interface SenderRowView {
  id: number;
  number: string;
  kindLabel: string;
  label: string;
  priority: number;
  status: "enabled" | "disabled";
  active: boolean;
  lastFailure: { code: number | null; at: string; ago: string; recent: boolean } | null;
  lastSuccess: { at: string; ago: string } | null;
}

function formatAgo(then: Date, now: number): string {
  const seconds = Math.max(0, Math.round((now - then.getTime()) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** The clock is read here, outside the page's render, once: every row's "ago" counts from the same instant. */
export function toSenderRowViews(lines: SenderLine[], activeId: number | null, now = Date.now()): SenderRowView[] {
  return lines.map((line) => toSenderRowView(line, activeId, now));
}

function toSenderRowView(line: SenderLine, activeId: number | null, now: number): SenderRowView {
  return {
    id: line.id,
    number: line.number,
    kindLabel: senderKindLabels[line.kind],
    label: line.label,
    priority: line.priority,
    status: line.status,
    active: line.id === activeId,
    lastFailure: line.lastFailureAt
      ? {
          code: line.lastFailureCode,
          at: line.lastFailureAt.toISOString(),
          ago: formatAgo(line.lastFailureAt, now),
          recent: now - line.lastFailureAt.getTime() < RECENT_FAILURE_MS,
        }
      : null,
    lastSuccess: line.lastSuccessAt ? { at: line.lastSuccessAt.toISOString(), ago: formatAgo(line.lastSuccessAt, now) } : null,
  };
}
