// What an admin does to sender lines: each change is made and written to the audit log.
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/database";
import type { SenderCreateInput, SenderUpdateInput } from "./schemas";
import { createSenderLine, deleteSenderLine, getActiveSender, listSenderLines, setActiveSender, updateSenderLine, type SenderLine } from "./store";

const auditedFields = ["number", "kind", "label", "priority", "status"] as const;
type AuditedLine = Pick<SenderLine, (typeof auditedFields)[number]>;

function auditView(line: SenderLine): AuditedLine {
  return { number: line.number, kind: line.kind, label: line.label, priority: line.priority, status: line.status };
}

/** Only the fields that changed, so the audit log shows a compact diff. */
function changedFields(before: SenderLine, after: SenderLine) {
  const from: Partial<AuditedLine> = {};
  const to: Partial<AuditedLine> = {};
  for (const field of auditedFields) {
    if (before[field] !== after[field]) {
      Object.assign(from, { [field]: before[field] });
      Object.assign(to, { [field]: after[field] });
    }
  }
  return { from, to, changed: Object.keys(to).length > 0 };
}

const target = (line: SenderLine) => `sender:${line.number}`;

export async function addSenderLine(db: Db, actor: Actor, input: SenderCreateInput): Promise<SenderLine> {
  const line = await createSenderLine(db, input);
  await recordAudit(db, { actor, action: "sender.create", target: target(line), before: null, after: auditView(line) });
  return line;
}

export async function editSenderLine(db: Db, actor: Actor, id: number, input: SenderUpdateInput): Promise<SenderLine> {
  const { before, after } = await updateSenderLine(db, id, input);
  const diff = changedFields(before, after);
  if (diff.changed) {
    const action =
      diff.to.status && Object.keys(diff.to).length === 1 ? (diff.to.status === "enabled" ? "sender.enable" : "sender.disable") : "sender.update";
    await recordAudit(db, { actor, action, target: target(after), before: diff.from, after: diff.to });
  }
  return after;
}

export async function removeSenderLine(db: Db, actor: Actor, id: number): Promise<SenderLine> {
  const line = await deleteSenderLine(db, id);
  await recordAudit(db, { actor, action: "sender.delete", target: target(line), before: auditView(line), after: null });
  return line;
}

/** Read at send time by deliverOtp, so the next OTP request uses the new line. */
export async function activateSenderLine(db: Db, actor: Actor, id: number): Promise<SenderLine> {
  const { before, after } = await setActiveSender(db, id);
  if (before?.id !== after.id) {
    await recordAudit(db, {
      actor,
      action: "sender.activate",
      target: target(after),
      before: { activeSender: before?.number ?? null },
      after: { activeSender: after.number },
    });
  }
  return after;
}

export interface SenderLinesOverview {
  lines: SenderLine[];
  activeId: number | null;
}

export async function getSenderLinesOverview(db: Db): Promise<SenderLinesOverview> {
  const [lines, active] = await Promise.all([listSenderLines(db), getActiveSender(db)]);
  return { lines, activeId: active?.id ?? null };
}
