// Admin users for tests that are not about passwords: inserted with a hash computed once
// (scrypt is deliberately slow, and a test file needs many users).
import type { Db } from "@/lib/db/database";

/** The real scrypt hash (lib/auth/password.ts) of "test-password-123". */
const TEST_PASSWORD_HASH = "scrypt$32768$8$1$gSxrFvjOTK9rULxLDALzzQ$zBM11jcRu-sMyEBWjyNOBC1GhX4FRtlf7G909s4abvA";

export function insertAdminUser(db: Db, user: { email: string; role: "admin" | "viewer" }) {
  return db.adminUser.create({ data: { ...user, passwordHash: TEST_PASSWORD_HASH }, omit: { passwordHash: true } });
}
