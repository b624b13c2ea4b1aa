import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateAdmin } from "@/lib/auth/authenticate";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_EMAIL } from "@/lib/auth/sign-in-throttle";
import { createAdminUser } from "@/lib/auth/users";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
const ctx = () => ({ db: database.prisma, sql: database.sql, mode: "live" as const });

beforeAll(async () => {
  database = await createTestDatabase();
  await createAdminUser(database.prisma, { email: "Ops@Example.com", password: "correct horse battery", role: "admin" });
});
afterAll(async () => {
  await database.drop();
});

describe("password hashing", () => {
  it("uses salted scrypt and verifies only the right password", async () => {
    const [first, second] = await Promise.all([hashPassword("s3cret-password"), hashPassword("s3cret-password")]);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain("s3cret-password");
    expect(await verifyPassword("s3cret-password", first)).toBe(true);
    expect(await verifyPassword("s3cret-passwore", first)).toBe(false);
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });

  it("never stores the password in clear", async () => {
    const user = await database.prisma.adminUser.findUniqueOrThrow({ where: { email: "ops@example.com" } });
    expect(user.passwordHash).not.toContain("correct horse");
  });
});

describe("authenticateAdmin", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const result = await authenticateAdmin(ctx(), " OPS@example.com ", "correct horse battery", "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email: "ops@example.com", role: "admin" } });
  });

  it("refuses a wrong password and an unknown email alike", async () => {
    expect(await authenticateAdmin(ctx(), "ops@example.com", "wrong", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateAdmin(ctx(), "nobody@example.com", "wrong", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("throttles an email after repeated failures, even with the right password afterwards", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      await authenticateAdmin(ctx(), "ops@example.com", `wrong-${i}`, `10.1.0.${i}`);
    }
    const result = await authenticateAdmin(ctx(), "ops@example.com", "correct horse battery", "10.2.0.1");
    expect(result).toEqual({ ok: false, reason: "throttled" });
    const failures = await database.prisma.signInAttempt.count({ where: { email: "ops@example.com", succeeded: false } });
    expect(failures).toBeGreaterThanOrEqual(MAX_FAILURES_PER_EMAIL);
  });

  it("never lets a sandbox demo user into a live console", async () => {
    await createAdminUser(database.prisma, { email: "admin@sandbox.local", password: "sandbox-admin-pass", role: "admin" });
    expect(await authenticateAdmin(ctx(), "admin@sandbox.local", "sandbox-admin-pass", "10.3.0.1")).toEqual({ ok: false, reason: "invalid" });
    const sandbox = { ...ctx(), mode: "sandbox" as const };
    expect(await authenticateAdmin(sandbox, "admin@sandbox.local", "sandbox-admin-pass", "10.3.0.1")).toMatchObject({ ok: true });
  });
});
