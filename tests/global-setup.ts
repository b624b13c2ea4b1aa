// Once per vitest run, before any test file:
// - the production build that the real-server tests start (npm test builds it first; a bare
//   `vitest` builds it when it is missing);
// - one migrated database that every test file copies instead of migrating its own: a
//   PostgreSQL template database, or a PGlite data-directory tarball.
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { E2E_DIST_DIR } from "@/e2e/config";
import { openDatabase } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { testBuildExists } from "./helpers/app-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** PostgreSQL: the name of the migrated template database. */
    templateDatabase: string | null;
    /** PGlite: a file holding a migrated data directory (dumpDataDir). */
    pgliteTemplate: string | null;
  }
}

function ensureBuild(): void {
  if (testBuildExists()) return;
  console.info(`[vitest] no test build in ${E2E_DIST_DIR}: building it once (next build)`);
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: E2E_DIST_DIR, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/** A name that changes with the migrations, so an edited migration never reuses a stale copy. */
function migrationsFingerprint(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync("prisma/migrations").sort()) {
    if (name.endsWith(".toml")) continue;
    hash.update(name).update(readFileSync(path.join("prisma/migrations", name, "migration.sql")));
  }
  return hash.digest("hex").slice(0, 10);
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function postgresTemplate(serverUrl: string): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = `otp_template_${migrationsFingerprint()}_${randomBytes(3).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), statementTimeoutMs: 0 });
  try {
    await migrate(database.sql);
  } finally {
    await database.close();
  }
  return { name, drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function pgliteTemplate(): Promise<{ file: string; drop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "otp-pglite-template-"));
  const database = await openDatabase({ pgliteInMemory: true });
  try {
    await migrate(database.sql);
    const dump = await database.dump?.();
    if (!dump) throw new Error("PGlite gave no dump");
    const file = path.join(dir, "migrated.tar");
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return { file, drop: () => rm(dir, { recursive: true, force: true }) };
  } finally {
    await database.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureBuild();
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (serverUrl) {
    const template = await postgresTemplate(serverUrl);
    project.provide("templateDatabase", template.name);
    project.provide("pgliteTemplate", null);
    return template.drop;
  }
  const template = await pgliteTemplate();
  project.provide("templateDatabase", null);
  project.provide("pgliteTemplate", template.file);
  return template.drop;
}
