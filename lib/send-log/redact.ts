// Kavenegar echoes each message's text in its answer, so a stored OTP answer holds the code.

const CODE_LIKE = /[0-9۰-۹٠-٩]{4,}/g;

function hideDigits(text: string): string {
  return text.replace(CODE_LIKE, (digits) => "•".repeat(digits.length));
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
