// Sign-in tries per email and per client address, reserved in PostgreSQL before the
// password is checked: 50 guesses at once get the same 5 checks as 50 in a row. A right
// password gives its try back, so the limits count failures.
import type { SqlDriver } from "@/lib/db/database";
import { limitSubject } from "@/lib/client-address";
import { consumeRateLimits, refundRateLimits, type RateLimit } from "@/lib/limits/rate-limits";

const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_CLIENT = 20;

function signInLimits(email: string, clientAddress: string): RateLimit<"email" | "client">[] {
  return [
    { name: "email", key: `signin:email:${email}`, max: MAX_FAILURES_PER_EMAIL, windowSeconds: SIGN_IN_WINDOW_SECONDS },
    { name: "client", key: `signin:client:${limitSubject(clientAddress)}`, max: MAX_FAILURES_PER_CLIENT, windowSeconds: SIGN_IN_WINDOW_SECONDS },
  ];
}

/** Reserves a try; null when a limit is full, else the function that gives the try back. */
export async function reserveSignInTry(
  sql: Pick<SqlDriver, "query">,
  email: string,
  clientAddress: string,
  now = new Date(),
): Promise<(() => Promise<void>) | null> {
  const limits = signInLimits(email, clientAddress);
  const verdict = await consumeRateLimits(sql, limits, now);
  if (!verdict.allowed) return null;
  return () =>
    refundRateLimits(
      sql,
      limits.map((limit) => limit.key),
    );
}
