import type { SenderKind } from "@/lib/db/generated/enums";

/** Infers a line's kind from its number's format, as Kavenegar allocates them. */
export function inferSenderKind(number: string): SenderKind {
  if (!/^\d+$/.test(number)) return "custom";
  if (number.startsWith("1000")) return "public_shared";
  if (number.startsWith("2000")) {
    if (number.length === 11) return "public";
    if (number.length === 8) return "private";
    return "public_shared";
  }
  return "private";
}
