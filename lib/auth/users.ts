// Admin users. Removing a user, changing their role or their password ends their sessions
// at once (lib/auth/sessions.ts), on every instance.
import { z } from "zod";
import type { Db } from "@/lib/db/database";
import { ConflictError, NotFoundError, reason } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { hashPassword } from "./password";
import { issueMessage } from "@/lib/i18n/issue-messages";

export const adminRoleSchema = z.enum(["admin", "viewer"]);
const passwordSchema = z
  .string()
  .min(10, issueMessage("minChars", { min: 10 }))
  .max(200);

export const adminUserCreateSchema = z.object({
  email: z.email().trim().toLowerCase(),
  password: passwordSchema,
  role: adminRoleSchema.default("admin"),
  name: z.string().trim().max(100).default(""),
});

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createAdminUser(db: Db, input: z.input<typeof adminUserCreateSchema>) {
  const data = adminUserCreateSchema.parse(input);
  if (await db.adminUser.findUnique({ where: { email: data.email } })) {
    throw new ConflictError(reason("adminExists", { email: data.email }));
  }
  return db.adminUser.create({
    data: { email: data.email, name: data.name, role: data.role, passwordHash: await hashPassword(data.password) },
    omit: { passwordHash: true },
  });
}

/** Creates the user unless it exists; an existing user's password is never overwritten. */
export async function ensureAdminUser(db: Db, input: z.input<typeof adminUserCreateSchema>): Promise<boolean> {
  const email = normalizeEmail(input.email);
  if (await db.adminUser.findUnique({ where: { email }, select: { id: true } })) return false;
  try {
    await createAdminUser(db, input);
    return true;
  } catch (error) {
    // Another instance created it a moment ago.
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

async function userId(db: Db, email: string): Promise<number> {
  const user = await db.adminUser.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
  if (!user) throw new NotFoundError(reason("adminNotFound", { email: normalizeEmail(email) }));
  return user.id;
}

export async function setAdminRole(db: Db, email: string, role: z.infer<typeof adminRoleSchema>): Promise<void> {
  const id = await userId(db, email);
  await db.$transaction([db.adminUser.update({ where: { id }, data: { role } }), db.adminSession.deleteMany({ where: { userId: id } })]);
}

export async function setAdminPassword(db: Db, email: string, password: string): Promise<void> {
  const id = await userId(db, email);
  const passwordHash = await hashPassword(passwordSchema.parse(password));
  await db.$transaction([db.adminUser.update({ where: { id }, data: { passwordHash } }), db.adminSession.deleteMany({ where: { userId: id } })]);
}

/** Its sessions go with it (ON DELETE CASCADE). */
export async function removeAdminUser(db: Db, email: string): Promise<void> {
  await db.adminUser.delete({ where: { id: await userId(db, email) } });
}

/** The console language an admin chose: it follows them to every browser they sign in from. */
export async function setAdminLocale(db: Db, userId: number, locale: Locale): Promise<void> {
  await db.adminUser.update({ where: { id: userId }, data: { locale } });
}
