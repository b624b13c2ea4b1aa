// Failed sign-ins are counted per email and per IP in the database, so the limit
// holds across app instances and restarts.
import type { Db } from "@/lib/db/database";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_IP = 20;

export async function isSignInThrottled(db: Db, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email, succeeded: false, createdAt: { gt: since } } }),
    db.signInAttempt.count({ where: { ip, succeeded: false, createdAt: { gt: since } } }),
  ]);
  return byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP;
}

export async function recordSignIn(db: Db, email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.signInAttempt.create({ data: { email: email.slice(0, 254), ip: ip.slice(0, 64), succeeded } });
}
