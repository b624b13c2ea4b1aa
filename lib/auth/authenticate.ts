import type { AppContext } from "@/lib/context";
import { verifyPassword } from "./password";
import { reserveSignInTry } from "./sign-in-throttle";
import { isSandboxUserEmail } from "./sandbox-users";
import { normalizeEmail } from "./users";

export type AuthenticationResult =
  { ok: true; user: { id: number; email: string; name: string; role: "admin" | "viewer" } } | { ok: false; reason: "invalid" | "throttled" };

// Compared against when the email is unknown, so both paths cost one scrypt.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export async function authenticateAdmin(
  ctx: Pick<AppContext, "db" | "sql" | "mode">,
  emailInput: string,
  password: string,
  clientAddress: string,
): Promise<AuthenticationResult> {
  const email = normalizeEmail(emailInput);
  const giveBack = await reserveSignInTry(ctx.sql, email, clientAddress);
  if (!giveBack) {
    await ctx.db.signInAttempt.create({ data: { email: email.slice(0, 254), ip: clientAddress.slice(0, 64), succeeded: false } });
    return { ok: false, reason: "throttled" };
  }
  // The sandbox's published demo users never sign in to a live console, whatever the database holds.
  const user = ctx.mode === "live" && isSandboxUserEmail(email) ? null : await ctx.db.adminUser.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = Boolean(user && valid);
  await ctx.db.signInAttempt.create({ data: { email: email.slice(0, 254), ip: clientAddress.slice(0, 64), succeeded } });
  if (!user || !succeeded) return { ok: false, reason: "invalid" };
  await giveBack();
  await ctx.db.adminUser.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
