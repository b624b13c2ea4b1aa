// npm run bench [-- --only http,pglite,live,send-log] [--profile] [--no-build]
// The production build against real PostgreSQL and the standalone simulator over HTTP; every
// figure next to its reference from the same run. Writes bench/results/*.json and the table
// in bench/README.md.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchHttp, type HttpResult } from "./http";
import { benchLiveLatency, type LiveLatencyResult } from "./live-latency";
import { summarizeProfiles, type ProfileShare } from "./profile";
import { writeReport } from "./report";
import { benchSendLog, type SendLogResult } from "./send-log";

const PARTS = ["http", "pglite", "live", "send-log"] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    profile: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});
const only = new Set((values.only?.split(",") ?? PARTS).map((part) => part.trim()));
for (const part of only) if (!PARTS.includes(part as Part)) throw new Error(`--only: unknown part ${part} (${PARTS.join(", ")})`);

const RESULTS = path.resolve("bench/results");
const log = (line: string) => console.info(line);

async function save(name: string, result: unknown): Promise<void> {
  await writeFile(path.join(RESULTS, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

function build(): void {
  log("building (next build) …");
  const started = Date.now();
  const result = spawnSync("npm", ["run", "build"], { encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
  log(`  built in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function profiled(label: string, work: (profileDir: string) => Promise<unknown>): Promise<void> {
  const directory = await mkdtemp(path.join(tmpdir(), `bench-profile-${label}-`));
  try {
    await work(directory);
    const profile: ProfileShare[] = await summarizeProfiles(directory);
    await save(`profile-${label}`, profile);
    log(`  where the server's CPU time went:`);
    for (const share of profile) log(`    ${share.percent.toFixed(1).padStart(5)} %  ${share.owner}`);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  await mkdir(RESULTS, { recursive: true });
  await save("machine", { cpus: cpus().length, cpu: cpus()[0]?.model ?? "?", node: process.version, date: new Date().toISOString() });
  if (!values["no-build"] && (only.has("http") || only.has("pglite"))) build();

  if (only.has("http")) {
    log("\nOTP and verify on PostgreSQL, against GET /api/live");
    await save("http-postgres", (await benchHttp({ database: "postgres", log })) satisfies HttpResult);
    if (values.profile) {
      log("\nthe OTP run again, profiled (node --cpu-prof)");
      await profiled("otp-postgres", (profileDir) => benchHttp({ database: "postgres", log, profileDir }));
    }
  }
  if (only.has("pglite")) {
    log("\nOTP on the embedded PGlite, against GET /api/live");
    await save("http-pglite", (await benchHttp({ database: "pglite", log })) satisfies HttpResult);
  }
  if (only.has("live")) {
    log("\nlive-failure latency (recorded → in the live hub)");
    const results: LiveLatencyResult[] = [];
    for (const instances of [1, 2] as const) {
      const result = await benchLiveLatency(instances, 300);
      log(`  ${instances} instance${instances === 1 ? "" : "s"}: p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
      results.push(result);
    }
    await save("live-latency", results);
  }
  if (only.has("send-log")) {
    for (const attempts of [1_000_000, 10_000_000]) {
      log(`\nsend log at ${attempts.toLocaleString("en")} attempts`);
      const result = await benchSendLog(attempts, log);
      const worst = result.cases.reduce((max, current) => Math.max(max, current.appFirstMs, current.appDeepMs), 0);
      log(`  slowest page: ${worst} ms`);
      await save(`send-log-${attempts / 1_000_000}m`, result satisfies SendLogResult);
    }
  }
  await writeReport(RESULTS, path.resolve("bench/README.md"));
  log(`\nresults in bench/results/, table in bench/README.md (${Math.round((Date.now() - started) / 1000)} s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
