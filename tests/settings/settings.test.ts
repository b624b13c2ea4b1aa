import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntries } from "@/lib/audit/record";
import { ValidationError } from "@/lib/errors";
import { changeSettings } from "@/lib/settings/admin";
import { defaultSettings, settingsPatchSchema, settingsSchema } from "@/lib/settings/schema";
import { getSettings } from "@/lib/settings/store";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const actor = { email: "admin@example.test", clientAddress: "203.0.113.9" };
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

function fieldErrors(input: unknown): Record<string, string> {
  const result = settingsSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("settings validation", () => {
  it("accepts the defaults and the form's strings", () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings);
    expect(settingsSchema.parse({ ...defaultSettings, codeLength: "8", ttlSeconds: "120" })).toMatchObject({ codeLength: 8, ttlSeconds: 120 });
  });

  it("names each invalid field", () => {
    const errors = fieldErrors({
      ...defaultSettings,
      codeLength: 3,
      ttlSeconds: 5000,
      maxVerifyTries: 0,
      messageTemplate: "no placeholder",
      lookupTemplate: "bad name!",
    });
    expect(Object.keys(errors).sort()).toEqual(["codeLength", "lookupTemplate", "maxVerifyTries", "messageTemplate", "ttlSeconds"]);
    expect(errors.messageTemplate).toBe("must contain {code}");
  });

  it("requires a template name for verify/lookup delivery or failover", () => {
    expect(fieldErrors({ ...defaultSettings, deliveryMethod: "lookup", lookupTemplate: "" })).toEqual({
      lookupTemplate: "is required for verify/lookup delivery",
    });
    expect(fieldErrors({ ...defaultSettings, failover: "lookup", lookupTemplate: "" })).toHaveProperty("lookupTemplate");
    expect(fieldErrors({ ...defaultSettings, deliveryMethod: "lookup", lookupTemplate: "otp-login" })).toEqual({});
  });

  it("refuses an unknown delivery method in a patch, by field", () => {
    const result = settingsPatchSchema.safeParse({ deliveryMethod: "fax" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["deliveryMethod"]);
  });
});

describe("changeSettings", () => {
  it("stores a change, reads it back and audits only the changed keys", async () => {
    const db = database.prisma;
    const after = await changeSettings(db, actor, { codeLength: 5, ttlSeconds: 300 });
    expect(after.codeLength).toBe(5);
    expect(await getSettings(db)).toEqual({ ...defaultSettings, codeLength: 5 });
    const { entries } = await listAuditEntries(db, { limit: 1 });
    expect(entries[0]).toMatchObject({
      actorEmail: actor.email,
      action: "settings.update",
      target: "settings",
      before: { codeLength: 6 },
      after: { codeLength: 5 },
    });
  });

  it("refuses a patch that leaves the whole invalid, naming the field, and writes nothing", async () => {
    const db = database.prisma;
    const countBefore = await db.auditEntry.count();
    const error = await changeSettings(db, actor, { deliveryMethod: "lookup" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).detail).toMatch(/^lookupTemplate /);
    expect((await getSettings(db)).deliveryMethod).toBe("sms");
    expect(await db.auditEntry.count()).toBe(countBefore);
  });

  it("switches to verify/lookup with a template", async () => {
    const db = database.prisma;
    await changeSettings(db, actor, { deliveryMethod: "lookup", lookupTemplate: "otp-login", failover: "next_line" });
    expect(await getSettings(db)).toMatchObject({ deliveryMethod: "lookup", lookupTemplate: "otp-login", failover: "next_line" });
    const { entries } = await listAuditEntries(db, { limit: 1 });
    expect(entries[0]?.before).toEqual({ deliveryMethod: "sms", lookupTemplate: "", failover: "off" });
    expect(entries[0]?.after).toEqual({ deliveryMethod: "lookup", lookupTemplate: "otp-login", failover: "next_line" });
  });

  it("writes no entry when nothing changes", async () => {
    const db = database.prisma;
    const countBefore = await db.auditEntry.count();
    await changeSettings(db, actor, { codeLength: 5 });
    expect(await db.auditEntry.count()).toBe(countBefore);
  });
});
