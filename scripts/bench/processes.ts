// The parts a benchmark runs against, each a real process or database: a scratch PostgreSQL
// database, the standalone Kavenegar simulator, and the production server (`npm start`).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { SANDBOX_API_KEY, SANDBOX_DEFAULT_SENDER } from "@/lib/kavenegar/simulator";

const SERVER_URL = process.env.BENCH_DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** A new empty database on the benchmark's server, dropped afterwards (BENCH_KEEP=1 keeps it). */
export async function scratchDatabase(label: string): Promise<ScratchDatabase> {
  const name = `otp_bench_${label}_${randomBytes(4).toString("hex")}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      if (process.env.BENCH_KEEP === "1") console.info(`  kept database ${name}`);
      else await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no free port");
  return address.port;
}

export interface Process {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/** Spawns `args` and waits until its output contains `readyText`. */
async function startProcess(label: string, args: string[], env: NodeJS.ProcessEnv, port: number, readyText: string): Promise<Process> {
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 90_000;
  while (!output.includes(readyText)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${label} did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? 0,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The simulator as its own process (npm run kavenegar:sim), with credit for any benchmark. */
export async function startSimulator(): Promise<Process> {
  const port = await freePort();
  const sim = await startProcess(
    "the simulator",
    ["--import", "tsx", "scripts/kavenegar-sim.ts", "--port", String(port)],
    process.env,
    port,
    "listening on",
  );
  const credit = await fetch(`${sim.url}/__sim/accounts/${SANDBOX_API_KEY}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ credit: 1_000_000_000_000 }),
  });
  if (!credit.ok) throw new Error(`the simulator refused the credit top-up: ${credit.status}`);
  return sim;
}

export const BENCH_OTP_SECRET = "bench-otp-secret-0123456789abcdef0123";

export interface AppOptions {
  /** Unset: the embedded PGlite in `pgliteDir`. */
  databaseUrl?: string;
  pgliteDir?: string;
  kavenegarUrl: string;
  /** A directory for `node --cpu-prof`; the profile is written when the server stops. */
  cpuProfileDir?: string;
}

/** The production server (`npm start`: server.ts on the `next build` output), live mode against the simulator. */
export async function startApp(options: AppOptions): Promise<Process> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "production",
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEXT_TELEMETRY_DISABLED: "1",
    KAVENEGAR_API_KEY: SANDBOX_API_KEY,
    KAVENEGAR_BASE_URL: options.kavenegarUrl,
    NEXTAUTH_SECRET: "bench-nextauth-secret-0123456789abcdef",
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    OTP_SECRET: BENCH_OTP_SECRET,
    ADMIN_EMAIL: "bench@example.com",
    ADMIN_PASSWORD: "bench-admin-password-123",
    KAVENEGAR_SENDER: SANDBOX_DEFAULT_SENDER,
    // An overall hourly ceiling no benchmark reaches: the per-phone and per-client limits still apply.
    OTP_GLOBAL_LIMIT_PER_HOUR: "10000000",
    // The load generator is the proxy: each request names its own client in X-Forwarded-For.
    TRUSTED_PROXY_HOPS: "1",
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { PGLITE_DATA_DIR: options.pgliteDir }),
  };
  const profile = options.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  return startProcess(
    "the app",
    [...profile, "--import", "tsx", "server.ts", "--port", String(port), "--hostname", "127.0.0.1"],
    env,
    port,
    "[server] ready",
  );
}
