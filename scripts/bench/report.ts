// bench/README.md's generated part: every goal with its measured figure, then the details,
// from bench/results/*.json (parts not run this time keep their last results).
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { HttpResult } from "./http";
import type { LoadResult } from "./http-load";
import type { LiveLatencyResult } from "./live-latency";
import type { ProfileShare } from "./profile";
import type { SendLogResult } from "./send-log";

const START = "<!-- results:start (written by npm run bench) -->";
const END = "<!-- results:end -->";

async function read<T>(directory: string, name: string): Promise<T | null> {
  const file = path.join(directory, `${name}.json`);
  return existsSync(file) ? (JSON.parse(await readFile(file, "utf8")) as T) : null;
}

const table = (header: string[], rows: string[][]) =>
  [`| ${header.join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");

const ratio = (value: number, reference: number) => (reference > 0 ? value / reference : Number.NaN);
const x = (value: number) => `${value.toFixed(2)}×`;
const verdict = (met: boolean) => (met ? "met" : "**missed**");

function find(result: HttpResult | null, name: string, connections: number): LoadResult | undefined {
  return result?.runs.find((run) => run.name === name && run.connections === connections);
}

interface Goal {
  goal: string;
  target: string;
  measured: string;
  met: boolean;
}

function httpGoals(http: HttpResult | null, pglite: HttpResult | null): Goal[] {
  const goals: Goal[] = [];
  const live = find(http, "GET /api/live", 50);
  const otp = find(http, "POST /api/v1/usr/otp", 50);
  const verify = find(http, "POST /api/v1/usr/otp/verify", 50);
  if (live && otp) {
    goals.push({
      goal: "OTP throughput, 50 conn",
      target: "≥ 0.5× /api/live",
      measured: `${otp.rps}/s vs ${live.rps}/s = ${x(ratio(otp.rps, live.rps))}`,
      met: ratio(otp.rps, live.rps) >= 0.5,
    });
    goals.push({
      goal: "OTP p99, 50 conn",
      target: "≤ 2.5× /api/live",
      measured: `${otp.p99Ms} ms vs ${live.p99Ms} ms = ${x(ratio(otp.p99Ms, live.p99Ms))}`,
      met: ratio(otp.p99Ms, live.p99Ms) <= 2.5,
    });
  }
  if (live && verify) {
    goals.push({
      goal: "verify throughput, 50 conn",
      target: "≥ 0.7× /api/live",
      measured: `${verify.rps}/s vs ${live.rps}/s = ${x(ratio(verify.rps, live.rps))}`,
      met: ratio(verify.rps, live.rps) >= 0.7,
    });
    goals.push({
      goal: "verify p99, 50 conn",
      target: "≤ 2× /api/live",
      measured: `${verify.p99Ms} ms vs ${live.p99Ms} ms = ${x(ratio(verify.p99Ms, live.p99Ms))}`,
      met: ratio(verify.p99Ms, live.p99Ms) <= 2,
    });
  }
  if (http) {
    const ok = http.checks.every((check) => check.ok);
    goals.push({
      goal: "one attempt per answered OTP, none unverifiable",
      target: "exact",
      measured: http.checks.map((check) => `${check.run}: ${check.answered}/${check.stored}`).join("; "),
      met: ok,
    });
  }
  const pgLive = find(pglite, "GET /api/live", 50);
  const pgOtp = find(pglite, "POST /api/v1/usr/otp", 50);
  if (pgLive && pgOtp) {
    goals.push({
      goal: "PGlite OTP throughput, 50 conn",
      target: "≥ 0.2× its /api/live",
      measured: `${pgOtp.rps}/s vs ${pgLive.rps}/s = ${x(ratio(pgOtp.rps, pgLive.rps))}`,
      met: ratio(pgOtp.rps, pgLive.rps) >= 0.2,
    });
  }
  return goals;
}

function sendLogGoals(sendLog: SendLogResult | null): Goal[] {
  if (!sendLog) return [];
  const pages = sendLog.cases.flatMap((page) => [
    { name: `${page.name} (first)`, app: page.appFirstMs, raw: page.rawFirstMs },
    { name: `${page.name} (deep)`, app: page.appDeepMs, raw: page.rawDeepMs },
  ]);
  const slowest = pages.reduce((max, page) => (page.app > max.app ? page : max));
  const worst = pages.reduce((max, page) => (ratio(page.app, page.raw) > ratio(max.app, max.raw) ? page : max));
  const size = `${sendLog.attempts / 1_000_000} M`;
  return [
    { goal: `send log at ${size}: every page`, target: "< 50 ms", measured: `slowest ${slowest.app} ms (${slowest.name})`, met: slowest.app < 50 },
    {
      goal: `send log at ${size}: app vs raw SQL`,
      target: "≤ 2×",
      measured: `worst ${worst.app} ms vs ${worst.raw} ms (${worst.name}) = ${x(ratio(worst.app, worst.raw))}, ${(worst.app - worst.raw).toFixed(2)} ms apart`,
      met: ratio(worst.app, worst.raw) <= 2,
    },
  ];
}

export async function writeReport(directory: string, readme: string): Promise<void> {
  const machine = await read<{ cpus: number; cpu: string; node: string; date: string }>(directory, "machine");
  const http = await read<HttpResult>(directory, "http-postgres");
  const pglite = await read<HttpResult>(directory, "http-pglite");
  const live = await read<LiveLatencyResult[]>(directory, "live-latency");
  const sendLog1 = await read<SendLogResult>(directory, "send-log-1m");
  const sendLog10 = await read<SendLogResult>(directory, "send-log-10m");

  const goals = [...httpGoals(http, pglite), ...sendLogGoals(sendLog1), ...sendLogGoals(sendLog10)];
  for (const result of live ?? []) {
    goals.push({
      goal: `live-failure p99, ${result.instances} instance${result.instances === 1 ? "" : "s"}`,
      target: "< 250 ms",
      measured: `${result.p99Ms} ms`,
      met: result.p99Ms < 250,
    });
  }

  const sections = [
    `Last run: ${machine?.date ?? "?"} · ${machine?.cpus ?? "?"} × ${machine?.cpu ?? "?"} · Node ${machine?.node ?? "?"}`,
    table(
      ["goal", "target", "measured", ""],
      goals.map((goal) => [goal.goal, goal.target, goal.measured, verdict(goal.met)]),
    ),
  ];
  for (const result of [http, pglite]) {
    if (!result) continue;
    sections.push(
      `### HTTP on ${result.database === "postgres" ? "PostgreSQL" : "the embedded PGlite"}`,
      table(
        ["route", "connections", "requests", "req/s", "p50 ms", "p99 ms", "statuses", "CPU µs/request: app · PostgreSQL · simulator · autocannon"],
        result.runs.map((run) => [
          run.name,
          String(run.connections),
          String(run.requests),
          String(run.rps),
          String(run.p50Ms),
          String(run.p99Ms),
          Object.entries(run.statuses)
            .map(([status, count]) => `${status}×${count}`)
            .join(" ") + (run.errors ? ` errors×${run.errors}` : ""),
          run.cpu ? `${run.cpu.appUs} · ${run.cpu.postgresUs} · ${run.cpu.simulatorUs} · ${run.cpu.loadGeneratorUs}` : "",
        ]),
      ),
    );
  }
  for (const sendLog of [sendLog1, sendLog10]) {
    if (!sendLog) continue;
    sections.push(
      `### Send log at ${sendLog.attempts.toLocaleString("en")} attempts (filled in ${sendLog.fillSeconds} s)`,
      "ms: median of 7. app: the console's query function; raw: the page's statement alone through pg; server: EXPLAIN ANALYZE's execution time.",
      table(
        ["filter", "app first", "raw first", "server first", "app deep", "raw deep", "server deep", "rows", "plan (first / deep)"],
        sendLog.cases.map((page) => [
          page.name,
          String(page.appFirstMs),
          String(page.rawFirstMs),
          String(page.serverFirstMs),
          String(page.appDeepMs),
          String(page.rawDeepMs),
          String(page.serverDeepMs),
          page.rows,
          page.planFirst === page.planDeep ? page.planFirst : `${page.planFirst} / ${page.planDeep}`,
        ]),
      ),
    );
  }
  const profile = await read<ProfileShare[]>(directory, "profile-otp-postgres");
  if (profile) {
    sections.push(
      "### Where the server's CPU time went in the OTP run (50 connections, PostgreSQL; `node --cpu-prof`, self time, Node internals counted for their caller)",
      table(
        ["owner", "% of busy time"],
        profile.map((share) => [share.owner, share.percent.toFixed(1)]),
      ),
    );
  }

  const generated = `${START}\n${sections.join("\n\n")}\n${END}`;
  const current = existsSync(readme) ? await readFile(readme, "utf8") : `# Benchmarks\n\n${START}\n${END}\n`;
  const from = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    from >= 0 && to > from ? `${current.slice(0, from)}${generated}${current.slice(to + END.length)}` : `${current.trimEnd()}\n\n${generated}\n`;
  await writeFile(readme, next);
}
