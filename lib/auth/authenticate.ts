import type { Db } from "@/lib/db/database";
import { verifyPassword } from "./password";
import { isSignInThrottled, recordSignIn } from "./sign-in-throttle";

export type AuthenticationResult =
  | { ok: true; user: { id: number; email: string; name: string; role: "admin" | "viewer" } }
  | { ok: false; reason: "invalid" | "throttled" };

// Compared against when the email is unknown, so both paths cost one scrypt.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export async function authenticateAdmin(db: Db, emailInput: string, password: string, ip: string): Promise<AuthenticationResult> {
  const email = emailInput.trim().toLowerCase();
  if (await isSignInThrottled(db, email, ip)) return { ok: false, reason: "throttled" };
  const user = await db.adminUser.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  await recordSignIn(db, email, ip, Boolean(user && valid));
  if (!user || !valid) return { ok: false, reason: "invalid" };
  await db.adminUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
