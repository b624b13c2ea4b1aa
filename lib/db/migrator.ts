// Applies prisma/migrations the way `prisma migrate deploy` does (the Prisma 7 CLI
// cannot run offline), keeping `_prisma_migrations` in Prisma's format so that
// `prisma migrate status` / `deploy` agree with it wherever the engine exists.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlDriver } from "./database";

/** Prisma's own advisory lock key: this migrator and `prisma migrate` exclude each other. */
export const PRISMA_MIGRATE_LOCK_KEY = 72707369;

const DEFAULT_LOCK_TIMEOUT_MS = 10_000; // Prisma's default as well.

// Verbatim from Prisma's schema engine (PostgreSQL connector).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export type MigrationErrorCode =
  /** A migration's SQL failed; it was rolled back and recorded as failed (Prisma P3018). */
  | "migration_failed"
  /** A failed migration is recorded; nothing is applied until it is resolved (Prisma P3009). */
  | "failed_migration_found"
  /** An applied migration's file was edited afterwards. */
  | "checksum_mismatch"
  | "invalid_migrations_dir"
  /** Another migrator held the lock for longer than `lockTimeoutMs`. */
  | "lock_timeout";

export class MigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "MigrationError";
  }
}

export interface MigrateOptions {
  /** Folder of `<timestamp>_<name>/migration.sql`; default `prisma/migrations` under the working directory. */
  migrationsDir?: string;
  log?: (line: string) => void;
  /** How long to wait for a concurrent migrator before giving up. */
  lockTimeoutMs?: number;
}

export interface MigrateResult {
  /** Names of the migrations this call applied, in order (empty when up to date). */
  applied: string[];
}

interface LocalMigration {
  name: string;
  script: string;
  /** sha256 hex of the file's bytes, as Prisma records it. */
  checksum: string;
}

type Tx = Pick<SqlDriver, "exec" | "query">;

interface MigrationRow {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date | string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
}

type Step =
  { kind: "up-to-date"; unknown: string[] } | { kind: "applied"; name: string } | { kind: "failed"; name: string; logs: string; cause: unknown };

export async function migrate(sql: SqlDriver, options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const local = await readMigrations(options.migrationsDir ?? path.resolve("prisma/migrations"));
  const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const applied: string[] = [];

  // One transaction per migration, each taking the lock and re-reading the history,
  // so a concurrent migrator sees what the other applied and never applies it twice.
  for (;;) {
    const step = await sql.transaction((tx) => nextStep(tx, local, lockTimeoutMs, log));
    if (step.kind === "applied") {
      applied.push(step.name);
      continue;
    }
    if (step.kind === "failed") {
      throw new MigrationError(
        "migration_failed",
        `Migration \`${step.name}\` failed to apply and was rolled back. It is recorded as failed in ` +
          `_prisma_migrations, so no further migrations will be applied until it is resolved: fix ` +
          `migration.sql, then run \`prisma migrate resolve --rolled-back ${step.name}\` (or set ` +
          `rolled_back_at on its row).\n\n${step.logs}`,
        step.name,
        { cause: step.cause },
      );
    }
    if (step.unknown.length > 0) {
      log(`Warning: applied in the database but missing from the migrations folder: ${step.unknown.join(", ")}`);
    }
    if (applied.length === 0) log("No pending migrations to apply.");
    return { applied };
  }
}

/** Reads `<dir>/<name>/migration.sql` in name order (Prisma's order). */
async function readMigrations(dir: string): Promise<LocalMigration[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new MigrationError("invalid_migrations_dir", `Cannot read the migrations folder ${dir}`, undefined, {
      cause: error,
    });
  }
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new MigrationError("invalid_migrations_dir", `Missing ${file}: restore the migration file or delete the folder.`, name, {
          cause: error,
        });
      }
      return { name, script: bytes.toString("utf8"), checksum: sha256(bytes) };
    }),
  );
}

function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Like Prisma, a checksum taken with the other line endings (a Windows checkout) still matches. */
function matchesChecksum(migration: LocalMigration, checksum: string): boolean {
  if (migration.checksum === checksum) return true;
  const lf = migration.script.replace(/\r\n/g, "\n");
  return sha256(lf) === checksum || sha256(lf.replace(/\n/g, "\r\n")) === checksum;
}

async function nextStep(tx: Tx, local: LocalMigration[], lockTimeoutMs: number, log: (line: string) => void): Promise<Step> {
  await takeLock(tx, lockTimeoutMs);
  const [{ exists } = { exists: false }] = await tx.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
  if (!exists) await tx.exec(CREATE_MIGRATIONS_TABLE);

  const rows = await tx.query<MigrationRow>(
    `SELECT id, checksum, migration_name, started_at, finished_at, rolled_back_at
       FROM _prisma_migrations ORDER BY started_at, migration_name`,
  );
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      "failed_migration_found",
      `Found a failed migration in the target database, new migrations will not be applied: ` +
        `\`${failed.migration_name}\` started at ${formatTime(failed.started_at)} failed. Resolve it first ` +
        `(\`prisma migrate resolve --rolled-back ${failed.migration_name}\` once the database is repaired, ` +
        `or \`--applied\` if it was completed by hand).`,
      failed.migration_name,
    );
  }

  const appliedRows = rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null);
  const localByName = new Map(local.map((migration) => [migration.name, migration]));
  for (const row of appliedRows) {
    const migration = localByName.get(row.migration_name);
    if (migration && !matchesChecksum(migration, row.checksum)) {
      throw new MigrationError(
        "checksum_mismatch",
        `Migration \`${row.migration_name}\` was modified after it was applied (recorded checksum ` +
          `${row.checksum}, file ${migration.checksum}). Restore the original migration.sql and put the ` +
          `change in a new migration.`,
        row.migration_name,
      );
    }
  }

  const appliedNames = new Set(appliedRows.map((row) => row.migration_name));
  const next = local.find((migration) => !appliedNames.has(migration.name));
  if (!next) {
    return { kind: "up-to-date", unknown: [...appliedNames].filter((name) => !localByName.has(name)) };
  }

  log(`Applying migration \`${next.name}\``);
  const id = randomUUID();
  // clock_timestamp(), not now(): now() is when the transaction began, before the lock wait.
  await tx.query(
    `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, clock_timestamp(), 0)`,
    [id, next.checksum, next.name],
  );
  // The savepoint lets a failed script be undone while its failure record still commits.
  await tx.exec("SAVEPOINT prisma_migration");
  try {
    await tx.exec(next.script);
  } catch (error) {
    await tx.exec("ROLLBACK TO SAVEPOINT prisma_migration");
    const logs = describeDatabaseError(error, next.script);
    await tx.query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, logs]);
    return { kind: "failed", name: next.name, logs, cause: error };
  }
  await tx.exec("RELEASE SAVEPOINT prisma_migration");
  await tx.query(
    `UPDATE _prisma_migrations
        SET finished_at = clock_timestamp(), applied_steps_count = applied_steps_count + 1
      WHERE id = $1`,
    [id],
  );
  return { kind: "applied", name: next.name };
}

/** Transaction-level advisory lock: released by COMMIT/ROLLBACK on the transaction's own connection. */
async function takeLock(tx: Tx, timeoutMs: number): Promise<void> {
  const [{ previous } = { previous: "0" }] = await tx.query<{ previous: string }>("SELECT current_setting('lock_timeout') AS previous");
  await tx.query("SELECT set_config('lock_timeout', $1, true)", [`${Math.max(1, Math.round(timeoutMs))}ms`]);
  try {
    await tx.query(`SELECT pg_advisory_xact_lock(${PRISMA_MIGRATE_LOCK_KEY})`);
  } catch (error) {
    if ((error as { code?: string }).code === "55P03") {
      throw new MigrationError(
        "lock_timeout",
        `Timed out after ${timeoutMs} ms waiting for the migration lock (pg_advisory_lock(${PRISMA_MIGRATE_LOCK_KEY})), ` +
          `held by another migrator.`,
        undefined,
        { cause: error },
      );
    }
    throw error;
  }
  // The migration's own statements run under the session's usual lock_timeout.
  await tx.query("SELECT set_config('lock_timeout', $1, true)", [previous]);
}

/** Close to what Prisma stores in `logs` for a failed migration, plus the failing line. */
function describeDatabaseError(error: unknown, script: string): string {
  const details = error as { code?: unknown; message?: unknown; detail?: unknown; hint?: unknown; position?: unknown };
  const lines = [
    `Database error code: ${typeof details.code === "string" ? details.code : "unknown"}`,
    "",
    "Database error:",
    `ERROR: ${typeof details.message === "string" ? details.message : String(error)}`,
  ];
  if (typeof details.detail === "string" && details.detail) lines.push(`DETAIL: ${details.detail}`);
  if (typeof details.hint === "string" && details.hint) lines.push(`HINT: ${details.hint}`);
  const position = Number(details.position);
  if (Number.isInteger(position) && position > 0) {
    const line = script.slice(0, position - 1).split("\n").length;
    lines.push("", `Position: line ${line} of migration.sql: ${script.split("\n")[line - 1]?.trim() ?? ""}`);
  }
  return lines.join("\n");
}

function formatTime(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}
