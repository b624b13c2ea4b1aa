import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/database";
import { migrate, MigrationError, PRISMA_MIGRATE_LOCK_KEY } from "@/lib/db/migrator";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

interface Row {
  id: string;
  checksum: string;
  migration_name: string;
  logs: string | null;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

// One database for the file (a PGlite instance takes seconds to start); tests that need
// it empty reset it, so they must run in file order, as vitest does.
let db: TestDatabase;
const tempDirs: string[] = [];

async function emptyDatabase(): Promise<void> {
  await db.sql.exec("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
}

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "otp-migrations-"));
  tempDirs.push(dir);
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

const rows = () => db.sql.query<Row>("SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name");

const tableExists = async (table: string) =>
  (await db.sql.query<{ found: boolean }>("SELECT to_regclass($1) IS NOT NULL AS found", [table]))[0]?.found;

async function migrationError(promise: Promise<unknown>): Promise<MigrationError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MigrationError);
  return error as MigrationError;
}

let projectMigrations: { name: string; checksum: string }[];

beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  const names = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  projectMigrations = await Promise.all(
    names.map(async (name) => ({
      name,
      checksum: createHash("sha256")
        .update(await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql")))
        .digest("hex"),
    })),
  );
  expect(projectMigrations.length).toBeGreaterThan(0);
});

afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

afterAll(async () => {
  await db?.drop();
});

describe("migrate() on the project's migrations", () => {
  // The tests below share the database, in order: empty, then migrated.
  beforeAll(async () => {
    await emptyDatabase();
  });

  it("applies every migration to an empty database, in name order", async () => {
    const lines: string[] = [];
    const result = await migrate(db.sql, { log: (line) => lines.push(line) });
    expect(result.applied).toEqual(projectMigrations.map((migration) => migration.name));
    expect(lines).toEqual(projectMigrations.map((migration) => `Applying migration \`${migration.name}\``));
    expect(await tableExists("otp_challenges")).toBe(true);
  });

  it("is a no-op when the database is up to date", async () => {
    const before = await rows();
    const lines: string[] = [];
    expect(await migrate(db.sql, { log: (line) => lines.push(line) })).toEqual({ applied: [] });
    expect(await rows()).toEqual(before);
    expect(lines).toEqual(["No pending migrations to apply."]);
  });

  it("creates _prisma_migrations exactly as Prisma does", async () => {
    const columns = await db.sql.query(
      `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
    );
    expect(columns).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", length: null, is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO", column_default: "0" },
    ]);
    const [primaryKey] = await db.sql.query<{ columns: string }>(
      `SELECT string_agg(a.attname, ',') AS columns
         FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = '_prisma_migrations'::regclass AND i.indisprimary`,
    );
    expect(primaryKey?.columns).toBe("id");
  });

  it("records each migration with Prisma's fields and the sha256 of its file", async () => {
    const recorded = await rows();
    expect(recorded.map((row) => [row.migration_name, row.checksum])).toEqual(
      projectMigrations.map((migration) => [migration.name, migration.checksum]),
    );
    for (const row of recorded) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
  });

  it("refuses when an applied migration's file was changed", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "otp-migrations-"));
    tempDirs.push(dir);
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    expect(await migrate(db.sql, { migrationsDir: dir })).toEqual({ applied: [] });

    const first = projectMigrations[0]!.name;
    const file = path.join(dir, first, "migration.sql");
    const original = await readFile(file, "utf8");

    // Line endings alone do not count as a change (a Windows checkout), as in Prisma.
    await writeFile(file, original.replace(/\r?\n/g, "\r\n"));
    expect(await migrate(db.sql, { migrationsDir: dir })).toEqual({ applied: [] });

    await writeFile(file, `${original}\n-- edited after it was applied\n`);
    const error = await migrationError(migrate(db.sql, { migrationsDir: dir }));
    expect(error.code).toBe("checksum_mismatch");
    expect(error.migration).toBe(first);
    expect(error.message).toContain("was modified after it was applied");
  });

  it("refuses a migrations folder that does not exist", async () => {
    const error = await migrationError(migrate(db.sql, { migrationsDir: path.join(tmpdir(), "no-such-migrations") }));
    expect(error.code).toBe("invalid_migrations_dir");
  });
});

describe("migrate() with a failing migration", () => {
  it("rolls a failing migration back, records it as failed, and refuses until it is resolved", async () => {
    await emptyDatabase();
    const dir = await migrationsDir({
      "001_first": `CREATE TABLE "first" ("id" INTEGER PRIMARY KEY);`,
      "002_broken": `CREATE TABLE "second" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "missing_table" VALUES (1);\n`,
      "003_third": `CREATE TABLE "third" ("id" INTEGER PRIMARY KEY);`,
    });

    const failure = await migrationError(migrate(db.sql, { migrationsDir: dir }));
    expect(failure.code).toBe("migration_failed");
    expect(failure.migration).toBe("002_broken");
    expect(failure.message).toContain("42P01");
    expect(failure.message).toContain("line 2 of migration.sql");

    // The broken migration's own statements are undone; nothing after it ran.
    expect(await tableExists("first")).toBe(true);
    expect(await tableExists("second")).toBe(false);
    expect(await tableExists("third")).toBe(false);

    const [first, broken, ...rest] = await rows();
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ migration_name: "001_first", applied_steps_count: 1, logs: null });
    expect(broken).toMatchObject({
      migration_name: "002_broken",
      finished_at: null,
      rolled_back_at: null,
      applied_steps_count: 0,
    });
    expect(broken?.logs).toContain('relation "missing_table" does not exist');

    // Like `prisma migrate deploy` (P3009): a recorded failure blocks everything, even once the file is fixed.
    await writeFile(path.join(dir, "002_broken", "migration.sql"), `CREATE TABLE "second" ("id" INTEGER PRIMARY KEY);\n`);
    const blocked = await migrationError(migrate(db.sql, { migrationsDir: dir }));
    expect(blocked.code).toBe("failed_migration_found");
    expect(blocked.migration).toBe("002_broken");
    expect(await rows()).toHaveLength(2);

    // What `prisma migrate resolve --rolled-back 002_broken` writes.
    await db.sql.query("UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL", ["002_broken"]);
    expect(await migrate(db.sql, { migrationsDir: dir })).toEqual({ applied: ["002_broken", "003_third"] });
    expect(await tableExists("third")).toBe(true);
    const history = (await rows()).map((row) => [row.migration_name, row.finished_at !== null, row.rolled_back_at !== null]);
    expect(history).toEqual([
      ["001_first", true, false],
      ["002_broken", false, true],
      ["002_broken", true, false],
      ["003_third", true, false],
    ]);
  });
});

describe("migrate() concurrency", () => {
  it("applies each migration exactly once when migrators start together", async () => {
    await emptyDatabase();
    // On a server: separate pools, like two app instances. PGlite has one connection per instance.
    const others = db.url ? await Promise.all([openDatabase({ url: db.url }), openDatabase({ url: db.url })]) : [];
    try {
      const drivers = db.url ? [db.sql, ...others.map((other) => other.sql)] : [db.sql, db.sql, db.sql];
      const results = await Promise.all(drivers.map((sql) => migrate(sql)));
      const applied = results.flatMap((result) => result.applied).sort();
      expect(applied).toEqual(projectMigrations.map((migration) => migration.name));
      expect((await rows()).map((row) => row.migration_name)).toEqual(applied);
    } finally {
      await Promise.all(others.map((other) => other.close()));
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("waits for Prisma's advisory lock and gives up after lockTimeoutMs", async () => {
    await emptyDatabase();
    const holder = new pg.Client({ connectionString: db.url! });
    await holder.connect();
    try {
      await holder.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})`);
      const error = await migrationError(migrate(db.sql, { lockTimeoutMs: 200 }));
      expect(error.code).toBe("lock_timeout");
      expect(await tableExists("_prisma_migrations")).toBe(false);

      const waiting = migrate(db.sql, { lockTimeoutMs: 10_000 });
      await new Promise((resolve) => setTimeout(resolve, 100));
      await holder.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK_KEY})`);
      expect((await waiting).applied).toHaveLength(projectMigrations.length);
    } finally {
      await holder.end();
    }
  });
});
