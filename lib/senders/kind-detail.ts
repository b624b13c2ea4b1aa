// A finer description of a line number than the stored kind: the prefix family admins know.
import { inferSenderKind, senderKindLabels } from "./kind";

export function describeSenderNumber(number: string): string {
  const trimmed = number.trim();
  if (!trimmed) return "";
  const kind = senderKindLabels[inferSenderKind(trimmed)];
  if (!/^\d+$/.test(trimmed)) return `${kind}: a text sender name`;
  const prefix = /^(1000|2000|3000|9000)/.exec(trimmed)?.[1];
  return prefix ? `${kind}: ${prefix}… line, ${trimmed.length} digits` : `${kind}: ${trimmed.length} digits`;
}
