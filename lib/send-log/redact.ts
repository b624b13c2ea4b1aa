// The send log never keeps an OTP code. Kavenegar echoes each message's text in its answer,
// and a provider error may quote it, so every text written is masked (maskSecret), and
// code-like digits in stored answers are masked again on read (hideOtpCodes), for rows
// written before the write-side mask existed.

const CODE_LIKE = /[0-9۰-۹٠-٩]{4,}/g;
const MASK = "•";

function hideDigits(text: string): string {
  return text.replace(CODE_LIKE, (digits) => MASK.repeat(digits.length));
}

/** The answer with every code-like digit run in `entries[].message` masked; the rest untouched. */
export function hideOtpCodes(response: unknown): unknown {
  if (typeof response !== "object" || response === null || !("entries" in response) || !Array.isArray(response.entries)) {
    return response;
  }
  const entries: unknown[] = response.entries.map((entry: unknown) =>
    typeof entry === "object" && entry !== null && "message" in entry && typeof entry.message === "string"
      ? { ...entry, message: hideDigits(entry.message) }
      : entry,
  );
  return { ...response, entries };
}

/** The secret as written with Latin, Persian and Arabic-Indic digits. */
function spellings(secret: string): string[] {
  const shift = (zero: number) => secret.replace(/\d/g, (digit) => String.fromCharCode(zero + Number(digit)));
  return [...new Set([secret, shift(0x06f0), shift(0x0660)])];
}

/** `value` (any JSON) with every occurrence of `secret`, in any digit script, masked. */
export function maskSecret<T>(value: T, secret: string | null | undefined): T {
  if (!secret) return value;
  const forms = spellings(secret);
  const mask = (input: unknown): unknown => {
    if (typeof input === "string") return forms.reduce((text, form) => text.replaceAll(form, MASK.repeat(form.length)), input);
    if (Array.isArray(input)) return input.map(mask);
    if (typeof input === "object" && input !== null) return Object.fromEntries(Object.entries(input).map(([key, item]) => [key, mask(item)]));
    return input;
  };
  return mask(value) as T;
}
