import { useTranslations } from "next-intl";
import { AUDIT_ACTIONS, type AuditAction, type AuditEntryView } from "@/lib/audit/record";

const isKnown = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

/** "Set the active sender line" rather than sender.activate; an action older versions wrote stays as it was. */
export function useAuditActionText(): (action: string) => string {
  const t = useTranslations("audit.actions");
  return (action) => (isKnown(action) ? t(action.replace(".", "_") as `${string}_${string}` as never) : action);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What a test recorded: failed when any send or delivery in it failed; null for changes, which have no outcome. */
export function auditOutcome(entry: Pick<AuditEntryView, "after">): "ok" | "failed" | null {
  const after = entry.after;
  if (!isRecord(after)) return null;
  if (Array.isArray(after.results)) return after.results.every((result) => isRecord(result) && result.ok === true) ? "ok" : "failed";
  if (typeof after.ok === "boolean") return after.ok ? "ok" : "failed";
  return null;
}
