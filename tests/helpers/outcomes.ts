// What a burst of OTP requests came to: "sent", or the DomainError code each was refused with.
import { DomainError } from "@/lib/errors";

export async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "sent";
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

export function tally(outcomes: string[]): Record<string, number> {
  return outcomes.reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});
}
