// npm run test:e2e: builds the app (unless E2E_PREBUILT=1: `npm test` built it already), prepares a fresh database (a new PostgreSQL database on
// TEST_DATABASE_URL's server, or a fresh embedded one), adds the viewer user, and runs
// Playwright against `next start` and the Kavenegar simulator over HTTP.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import pg from "pg";
import { E2E_VIEWER } from "../e2e/config";

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}`);
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

async function main(): Promise<number> {
  // Offline machines install Debian's chromium (see .ci/run); elsewhere Playwright fetches its own.
  if (!existsSync("/usr/bin/chromium") || process.env.PLAYWRIGHT_BUNDLED_BROWSER === "1") {
    run("npx", ["playwright", "install", "chromium"]);
  }
  if (process.env.E2E_PREBUILT !== "1") run("npx", ["tsx", "scripts/build-test.ts"]);

  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  const name = `otp_e2e_${randomBytes(4).toString("hex")}`;
  const dbEnv: Record<string, string> = {};
  if (serverUrl) {
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    dbEnv.DATABASE_URL = url.toString();
  } else {
    dbEnv.PGLITE_DATA_DIR = `.data/${name}`;
  }
  const appEnv = { ...process.env, ...dbEnv };
  delete appEnv.KAVENEGAR_API_KEY;

  try {
    run("npx", ["tsx", "scripts/db-migrate.ts"], { env: appEnv });
    run("npx", ["tsx", "scripts/admin-user.ts", "create", "--email", E2E_VIEWER.email, "--role", "viewer"], {
      env: appEnv,
      input: `${E2E_VIEWER.password}\n`,
      stdio: ["pipe", "inherit", "inherit"],
    });
    const playwright = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
      stdio: "inherit",
      env: { ...process.env, E2E_DATABASE_URL: dbEnv.DATABASE_URL ?? "", E2E_PGLITE_DATA_DIR: dbEnv.PGLITE_DATA_DIR ?? "" },
    });
    return playwright.status ?? 1;
  } finally {
    if (serverUrl) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    else await rm(`.data/${name}`, { recursive: true, force: true });
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
