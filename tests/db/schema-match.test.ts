// Proves that applying prisma/migrations yields exactly what prisma/schema.prisma describes
// (tests/helpers/schema-facts.ts), and that the comparison sees what it should.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareSchemaWithDatabase, expectedFacts, getDMMF } from "../helpers/schema-facts/index";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

describe("the migrated database matches prisma/schema.prisma", () => {
  let db: TestDatabase;
  let schema: string;

  beforeAll(async () => {
    [db, schema] = await Promise.all([createTestDatabase(), readFile(path.resolve("prisma/schema.prisma"), "utf8")]);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it("has every table, column, type, default, enum, key, index and foreign key, and nothing else", async () => {
    const problems = await compareSchemaWithDatabase(schema, db.sql);
    // On failure: schema.prisma changed without a migration (or the reverse). Write the migration.
    expect(problems).toEqual([]);
  });

  it("covers every model of the schema", async () => {
    const facts = await expectedFacts(schema);
    const { datamodel } = await getDMMF({ datamodel: schema });
    for (const model of datamodel.models) {
      expect(facts.some((fact) => fact.key === `table ${model.dbName ?? model.name}`)).toBe(true);
    }
    expect(facts.filter((fact) => fact.key.startsWith("column ")).length).toBeGreaterThan(datamodel.models.length);
  });

  it("reports objects in the database that schema.prisma does not describe", async () => {
    // Made and inspected inside a transaction that is then rolled back: the database stays as migrated.
    const rollback = new Error("rollback");
    let problems: string[] = [];
    const outcome = db.sql.transaction(async (tx) => {
      await tx.exec(`
        CREATE TABLE "stray" ("id" INTEGER PRIMARY KEY);
        ALTER TABLE "settings" ADD COLUMN "note" TEXT;
        CREATE INDEX "settings_updated_at_idx" ON "settings" ("updated_at");
        ALTER TABLE "settings" ADD CONSTRAINT "settings_key_check" CHECK (length("key") > 0);
      `);
      problems = await compareSchemaWithDatabase(schema, tx);
      throw rollback;
    });
    await expect(outcome).rejects.toBe(rollback);
    expect(problems).toEqual([
      "not in schema.prisma: column settings.note text NULL",
      "not in schema.prisma: constraint settings_key_check on settings: CHECK ((length((key)::text) > 0))",
      "not in schema.prisma: index settings_updated_at_idx btree on settings (updated_at)",
      "not in schema.prisma: table stray",
    ]);
    expect(await compareSchemaWithDatabase(schema, db.sql)).toEqual([]);
  });
});
