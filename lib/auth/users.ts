import { z } from "zod";
import type { Db } from "@/lib/db/database";
import type { AdminRole } from "@/lib/db/generated/enums";
import type { Env } from "@/lib/env";
import { ConflictError } from "@/lib/errors";
import { hashPassword } from "./password";

/** Named in the README; created only in sandbox mode. */
export const SANDBOX_ADMINS = [
  { email: "admin@sandbox.local", password: "sandbox-admin-pass", role: "admin" },
  { email: "viewer@sandbox.local", password: "sandbox-viewer-pass", role: "viewer" },
] as const;

export const adminUserCreateSchema = z.object({
  email: z.email().trim().toLowerCase(),
  password: z.string().min(10, "must be at least 10 characters").max(200),
  role: z.enum(["admin", "viewer"]).default("admin"),
  name: z.string().trim().max(100).default(""),
});

export async function createAdminUser(db: Db, input: z.input<typeof adminUserCreateSchema>) {
  const data = adminUserCreateSchema.parse(input);
  if (await db.adminUser.findUnique({ where: { email: data.email } })) {
    throw new ConflictError(`An admin user ${data.email} already exists.`);
  }
  return db.adminUser.create({
    data: { email: data.email, name: data.name, role: data.role as AdminRole, passwordHash: await hashPassword(data.password) },
    omit: { passwordHash: true },
  });
}

/**
 * The admin from ADMIN_EMAIL/ADMIN_PASSWORD while no admin exists yet, and the demo users
 * in sandbox mode on an empty database. Later starts change nothing.
 */
export async function seedFirstAdmin(db: Db, config: Pick<Env, "ADMIN_EMAIL" | "ADMIN_PASSWORD">, live: boolean): Promise<void> {
  const empty = (await db.adminUser.count()) === 0;
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD && (await db.adminUser.count({ where: { role: "admin" } })) === 0) {
    await createAdminUser(db, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD, role: "admin" });
    console.info(`[auth] first admin created: ${config.ADMIN_EMAIL}`);
  }
  if (!live && empty) {
    for (const user of SANDBOX_ADMINS) {
      if (!(await db.adminUser.findUnique({ where: { email: user.email } }))) await createAdminUser(db, user);
    }
    console.info(`[auth] sandbox admin users: ${SANDBOX_ADMINS.map((user) => `${user.email} (${user.role})`).join(", ")}`);
  }
}
