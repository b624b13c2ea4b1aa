// A fresh, migrated database per test file: a copy of the run's migrated template (see
// tests/global-setup.ts), on TEST_DATABASE_URL's server when that is set, an in-memory
// PGlite otherwise.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type Database } from "@/lib/db/database";

export type TestDatabase = Database & {
  /** The database's URL, or null for PGlite. */
  url: string | null;
  /** Closes the connections and, on a server, drops the database. */
  drop(): Promise<void>;
};

export interface TestDatabaseOptions {
  /** Leave the database empty (tests of the migrator itself). Default true. */
  migrate?: boolean;
}

export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const migrated = options.migrate !== false;
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  return serverUrl
    ? createServerDatabase(serverUrl, migrated ? inject("templateDatabase") : null)
    : createPgliteDatabase(migrated ? inject("pgliteTemplate") : null);
}

async function createPgliteDatabase(templateFile: string | null): Promise<TestDatabase> {
  const loadDataDir = templateFile ? new Blob([await readFile(templateFile)]) : undefined;
  const db = await openDatabase({ pgliteInMemory: true, ...(loadDataDir ? { loadDataDir } : {}) });
  let closing: Promise<void> | undefined;
  return Object.assign(db, { url: null, drop: () => (closing ??= db.close()) });
}

async function createServerDatabase(serverUrl: string, template: string | null): Promise<TestDatabase> {
  const name = `otp_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template ?? "template0"}`));

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let db: Database;
  try {
    db = await openDatabase({ url: url.toString() });
  } catch (error) {
    await dropServerDatabase(serverUrl, name);
    throw error;
  }

  let dropping: Promise<void> | undefined;
  return Object.assign(db, {
    url: url.toString(),
    drop: () =>
      (dropping ??= (async () => {
        await db.close().catch(() => {});
        await dropServerDatabase(serverUrl, name);
      })()),
  });
}

async function dropServerDatabase(serverUrl: string, name: string): Promise<void> {
  // FORCE ends connections a test left open (a LISTEN client, a second pool).
  await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
