// The HTTP scenarios on one app server: GET /api/live as the ceiling, then OTP requests and
// verifications, each request with its own phone and client address; then the database is
// checked against what the load generator was answered.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { hashCode } from "@/lib/otp/code";
import { meterCpu } from "./cpu";
import { benchPhone, load, type LoadOptions, type LoadResult } from "./http-load";
import { BENCH_OTP_SECRET, scratchDatabase, startApp, startSimulator, type Process } from "./processes";

const CONNECTIONS = [50, 200] as const;
const WARM_UP_SECONDS = 3;
const MEASURE_SECONDS = 10;
const VERIFY_CODE = "123456";
/** Challenges waiting for each verify run: more than any run here gets through. */
const VERIFY_CHALLENGES = 40_000;

interface DatabaseCheck {
  run: string;
  /** Requests answered 200. */
  answered: number;
  /** OTP: attempts stored for the run's phones (must equal `answered`). Verify: challenges verified. */
  stored: number;
  /** OTP: challenges of answered requests that a code could verify (must equal `answered`). */
  verifiable?: number;
  /** OTP: challenges whose SMS was accepted but that can no longer be verified (must be 0). */
  unverifiable?: number;
  ok: boolean;
}

export interface HttpResult {
  database: "postgres" | "pglite";
  runs: LoadResult[];
  checks: DatabaseCheck[];
}

interface Target {
  app: Process;
  simulator: Process;
  log: (line: string) => void;
}

/** A measured run, with the CPU each process spent on it. */
async function measure(target: Target, options: LoadOptions): Promise<LoadResult> {
  const stop = meterCpu({ app: target.app.pid, simulator: target.simulator.pid });
  const result = await load(options);
  return report(target, stop ? { ...result, cpu: stop(result.requests) } : result);
}

function measureLive(target: Target, connections: number): Promise<LoadResult> {
  return measure(target, { name: "GET /api/live", url: `${target.app.url}/api/live`, connections, durationSeconds: MEASURE_SECONDS });
}

function report(target: Target, result: LoadResult): LoadResult {
  const statuses = Object.entries(result.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(" ");
  target.log(
    `  ${result.name.padEnd(28)} ${String(result.connections).padStart(3)} conn  ${result.rps.toFixed(0).padStart(6)}/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  [${statuses}${result.errors ? ` errors×${result.errors}` : ""}]${result.cpu ? `  CPU/request: app ${result.cpu.appUs} µs, PostgreSQL ${result.cpu.postgresUs} µs` : ""}`,
  );
  return result;
}

/** A short untimed run, whose rate sizes the measured run to about MEASURE_SECONDS. */
async function sizeByWarmUp(target: Target, name: string, route: string, body: (n: number) => unknown, connections: number): Promise<number> {
  const warm = await load({ name, url: `${target.app.url}${route}`, connections, durationSeconds: WARM_UP_SECONDS, method: "POST", body });
  return Math.max(500, Math.round(warm.rps * MEASURE_SECONDS));
}

async function checkOtpRun(database: Database, run: string, phonePrefix: string, answered: number): Promise<DatabaseCheck> {
  const [row] = await database.sql.query<{ attempts: string; verifiable: string; unverifiable: string }>(
    `SELECT (SELECT count(*) FROM send_attempts WHERE phone LIKE $1) AS attempts,
            (SELECT count(*) FROM otp_challenges WHERE phone LIKE $1 AND status = 'sent') AS verifiable,
            (SELECT count(*) FROM otp_challenges c WHERE phone LIKE $1 AND status <> 'sent'
               AND EXISTS (SELECT 1 FROM send_attempts a WHERE a.challenge_id = c.id AND a.outcome = 'sent')) AS unverifiable`,
    [`${phonePrefix}%`],
  );
  const stored = Number(row?.attempts);
  const verifiable = Number(row?.verifiable);
  const unverifiable = Number(row?.unverifiable);
  return { run, answered, stored, verifiable, unverifiable, ok: stored === answered && verifiable === answered && unverifiable === 0 };
}

/** Challenges with a known code, as a sent OTP leaves them, for the verify runs. */
async function storeChallenges(database: Database, run: number, count: number): Promise<void> {
  const expires = new Date(Date.now() + 3600_000).toISOString();
  for (let offset = 0; offset < count; offset += 5_000) {
    const ids = Array.from({ length: Math.min(5_000, count - offset) }, () => randomUUID());
    await database.sql.query(
      `INSERT INTO otp_challenges (id, phone, code_hash, expires_at, status, failed_tries, created_at, updated_at)
       SELECT id, phone, hash, $4::timestamptz, 'sent', 0, now(), now()
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, phone, hash)`,
      [ids, ids.map((_, i) => benchPhone(run, offset + i)), ids.map((id) => hashCode(BENCH_OTP_SECRET, id, VERIFY_CODE)), expires],
    );
  }
}

async function checkVerifyRun(database: Database, run: string, phonePrefix: string, answered: number): Promise<DatabaseCheck> {
  const [row] = await database.sql.query<{ verified: string }>(
    "SELECT count(*) AS verified FROM otp_challenges WHERE phone LIKE $1 AND status = 'verified'",
    [`${phonePrefix}%`],
  );
  const stored = Number(row?.verified);
  return { run, answered, stored, ok: stored === answered };
}

const otpBody = (run: number) => (n: number) => ({ phone_number: benchPhone(run, n) });
const verifyBody = (run: number) => (n: number) => ({ phone_number: benchPhone(run, n), code: VERIFY_CODE });
const prefixOf = (run: number) => benchPhone(run, 0).slice(0, -6);

export interface HttpOptions {
  database: "postgres" | "pglite";
  log: (line: string) => void;
  /** Profile the server (node --cpu-prof) through one OTP run at 50 connections, and nothing else. */
  profileDir?: string;
}

export async function benchHttp(options: HttpOptions): Promise<HttpResult> {
  const scratch = options.database === "postgres" ? await scratchDatabase("http") : null;
  const pgliteDir = options.database === "pglite" ? await mkdtemp(path.join(tmpdir(), "bench-pglite-")) : null;
  const simulator = await startSimulator();
  const runs: LoadResult[] = [];
  const answeredOk: { run: string; phoneRun: number; kind: "otp" | "verify"; answered: number }[] = [];
  let app: Process | null = null;
  try {
    // As an operator deploys: migrations first (npm run db:migrate), then npm start.
    if (scratch) {
      const database = await openDatabase({ url: scratch.url, statementTimeoutMs: 0 });
      await migrate(database.sql, { log: () => {} }).finally(() => database.close());
    }
    app = await startApp({
      ...(scratch ? { databaseUrl: scratch.url } : { pgliteDir: path.join(pgliteDir ?? "", "data") }),
      kavenegarUrl: simulator.url,
      cpuProfileDir: options.profileDir,
    });
    const target = { app, simulator, log: options.log };
    await load({ name: "warm-up", url: `${app.url}/api/live`, connections: 50, durationSeconds: WARM_UP_SECONDS });

    const connections = options.database === "pglite" || options.profileDir ? [50] : CONNECTIONS;
    let phoneRun = 0;
    for (const count of connections) {
      if (!options.profileDir) runs.push(await measureLive(target, count));
      const amount = await sizeByWarmUp(target, "warm-up", "/api/v1/usr/otp", otpBody(phoneRun++), count);
      const otp = await measure(target, {
        name: "POST /api/v1/usr/otp",
        url: `${app.url}/api/v1/usr/otp`,
        connections: count,
        amount,
        method: "POST",
        body: otpBody(phoneRun),
      });
      runs.push(otp);
      answeredOk.push({ run: `otp ${count} conn`, phoneRun: phoneRun++, kind: "otp", answered: otp.statuses["200"] ?? 0 });
    }
    if (scratch && !options.profileDir) {
      const database = await openDatabase({ url: scratch.url, statementTimeoutMs: 0 });
      try {
        for (const count of connections) {
          const warmRun = phoneRun++;
          const measuredRun = phoneRun++;
          await storeChallenges(database, warmRun, VERIFY_CHALLENGES);
          await storeChallenges(database, measuredRun, VERIFY_CHALLENGES);
          const amount = Math.min(VERIFY_CHALLENGES, await sizeByWarmUp(target, "warm-up", "/api/v1/usr/otp/verify", verifyBody(warmRun), count));
          const verify = await measure(target, {
            name: "POST /api/v1/usr/otp/verify",
            url: `${app.url}/api/v1/usr/otp/verify`,
            connections: count,
            amount,
            method: "POST",
            body: verifyBody(measuredRun),
          });
          runs.push(verify);
          answeredOk.push({ run: `verify ${count} conn`, phoneRun: measuredRun, kind: "verify", answered: verify.statuses["200"] ?? 0 });
        }
      } finally {
        await database.close();
      }
    }
  } finally {
    await app?.stop();
    await simulator.stop();
  }

  // After the server stopped: PGlite's directory has one owner at a time.
  const database = await openDatabase(scratch ? { url: scratch.url, statementTimeoutMs: 0 } : { pgliteDir: path.join(pgliteDir ?? "", "data") });
  try {
    const checks: DatabaseCheck[] = [];
    for (const { run, phoneRun, kind, answered } of answeredOk) {
      const check =
        kind === "otp"
          ? await checkOtpRun(database, run, prefixOf(phoneRun), answered)
          : await checkVerifyRun(database, run, prefixOf(phoneRun), answered);
      options.log(
        `  check ${run}: ${answered} answered 200, ${check.stored} ${kind === "otp" ? `attempts stored, ${check.verifiable} verifiable, ${check.unverifiable} unverifiable` : "verified"} → ${check.ok ? "ok" : "MISMATCH"}`,
      );
      checks.push(check);
    }
    return { database: options.database, runs, checks };
  } finally {
    await database.close();
    await scratch?.drop();
    if (pgliteDir) await rm(pgliteDir, { recursive: true, force: true });
  }
}
