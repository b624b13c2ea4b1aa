// Iranian mobile numbers: every common spelling in, one canonical form (+989XXXXXXXXX) out.
import { z } from "zod";
import { issueMessage } from "@/lib/i18n/issue-messages";

const persianAndArabicDigits = /[۰-۹٠-٩]/g;
const separators = /[\s\-().\u200c\u200e\u200f]/g;

export function toAsciiDigits(input: string): string {
  return input.replace(persianAndArabicDigits, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Returns +989XXXXXXXXX, or null when the input is not an Iranian mobile number. */
export function normalizeIranianMobile(input: string): string | null {
  const compact = toAsciiDigits(input).replace(separators, "");
  const match = /^(?:\+98|0098|98|0)?(9\d{9})$/.exec(compact);
  return match ? `+98${match[1]}` : null;
}

/** A block-list entry: the start of an Iranian mobile number (+989…, 09…, 9…) in canonical form, or null. */
export function normalizeIranianMobilePrefix(input: string): string | null {
  const compact = toAsciiDigits(input).replace(separators, "");
  const match = /^(?:\+98|0098|98|0)?(9\d{0,9})$/.exec(compact);
  return match ? `+98${match[1]}` : null;
}

/** The form Kavenegar documents first for a receptor: 09XXXXXXXXX. */
export function toKavenegarReceptor(e164: string): string {
  return `0${e164.slice(3)}`;
}

export const phoneNumberSchema = z
  .string({ error: issueMessage("mustBeString") })
  .max(32, issueMessage("tooLong"))
  .transform((value, ctx) => {
    const normalized = normalizeIranianMobile(value);
    if (!normalized) {
      ctx.addIssue({ code: "custom", message: issueMessage("phoneInvalid") });
      return z.NEVER;
    }
    return normalized;
  });

export type MobileOperator = "MCI" | "Irancell" | "Rightel" | "other";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => String(from + index));

// By the prefix an operator was allocated: a number ported to another operator (MNP) still
// counts for the first one, which nothing short of asking the operators could tell.
const OPERATOR_BY_PREFIX = new Map<string, MobileOperator>([
  ...[...range(910, 919), ...range(990, 994)].map((prefix) => [prefix, "MCI"] as const),
  ...[...range(901, 905), "930", "933", ...range(935, 939), "941"].map((prefix) => [prefix, "Irancell"] as const),
  ...range(920, 922).map((prefix) => [prefix, "Rightel"] as const),
]);

/** The operator of a canonical number (+989…) by the three digits after +98; the rest is not read. */
export function mobileOperator(e164: string): MobileOperator {
  const prefix = /^\+98(9\d\d)/.exec(e164)?.[1];
  return (prefix === undefined ? undefined : OPERATOR_BY_PREFIX.get(prefix)) ?? "other";
}
