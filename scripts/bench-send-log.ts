// Times the send log's queries at a million rows on PostgreSQL:
//   npx tsx scripts/bench-send-log.ts
// Uses BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) to create a
// fresh database otp_bench_<random>, and drops it at the end (BENCH_KEEP=1 keeps it).
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { listSendAttempts, prepareSendLogQuery, type SendLogQueryFilters } from "@/lib/send-log/query";

const SERVER_URL = process.env.BENCH_DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = 7;
const DAY_MS = 24 * 3600 * 1000;

// Realistic mix: ~5% failures (40% of them 412 from an unassigned line), four lines and
// some lookups without a line, 300,000 phones, spread evenly over the last 30 days.
const FILL_SQL = `
SELECT setseed(0.42);
INSERT INTO send_attempts (phone, sender, method, purpose, outcome, provider_status, provider_message,
  message_id, cost, latency_ms, error_code, error_detail, provider_response, created_at)
SELECT
  '+989' || lpad(floor(r_phone * 300000)::int::text, 9, '0'),
  sender,
  CASE WHEN sender IS NULL THEN 'lookup' ELSE 'sms' END::"DeliveryMethod",
  CASE WHEN r_purpose < 0.01 THEN 'test' ELSE 'otp' END::"SendPurpose",
  CASE WHEN status = 200 THEN 'sent' ELSE 'failed' END::"SendOutcome",
  status,
  CASE status WHEN 200 THEN 'تایید شد' WHEN 412 THEN 'ارسال کننده نامعتبر است'
    WHEN 418 THEN 'اعتبار شما کافی نمیباشد' WHEN 409 THEN 'سرور قادر به پاسخگوئی نیست بعدا تلاش کنید' END,
  CASE WHEN status = 200 THEN (100000000 + g)::text END,
  CASE WHEN status = 200 THEN 120 END,
  40 + floor(r_latency * 400)::int,
  CASE status WHEN 200 THEN NULL WHEN 412 THEN 'sender_invalid' WHEN 418 THEN 'provider_no_credit'
    WHEN 409 THEN 'provider_unavailable' ELSE 'provider_timeout' END,
  CASE WHEN status IS NULL THEN 'No complete answer within 10000 ms.' END,
  CASE WHEN status IS NOT NULL THEN jsonb_build_object('return', jsonb_build_object('status', status, 'message', 'x'),
    'entries', CASE WHEN status = 200 THEN jsonb_build_array(jsonb_build_object('messageid', 100000000 + g, 'status', 1, 'cost', 120)) END) END,
  now() - interval '30 days' + (g::float8 / ${ROWS}) * interval '30 days'
FROM (
  SELECT g, r_phone, r_purpose, r_latency, status,
    CASE WHEN status = 412 THEN '10008663'
         WHEN r_sender < 0.6 THEN '20005006666' WHEN r_sender < 0.8 THEN '2000500666'
         WHEN r_sender < 0.9 THEN '30001234' END AS sender
  FROM (
    SELECT g, random() AS r_phone, random() AS r_purpose, random() AS r_latency, random() AS r_sender,
      CASE WHEN r_fail >= 0.05 THEN 200 WHEN r_fail < 0.02 THEN 412 WHEN r_fail < 0.03 THEN 418
           WHEN r_fail < 0.04 THEN 409 END AS status
    FROM (SELECT g, random() AS r_fail FROM generate_series(1, ${ROWS}) AS g) AS base
  ) AS drawn
) AS rows;
`;

interface Case {
  name: string;
  filters: Omit<SendLogQueryFilters, "limit" | "cursor">;
}

async function withServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Scan Direction"?: string;
  "Parent Relationship"?: string;
  Plans?: PlanNode[];
}

function describeNode(node: PlanNode): string {
  const direction = node["Scan Direction"] === "Backward" ? " Backward" : "";
  return `${node["Node Type"]}${node["Index Name"] ? `${direction} using ${node["Index Name"]}` : ""}`;
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

/** The node under Limit, whether a Sort or a Seq Scan appears anywhere, and the server's own time. */
async function explain(database: Database, filters: SendLogQueryFilters): Promise<{ plan: string; executionMs: number }> {
  const { text, values } = await prepareSendLogQuery(database.prisma, filters);
  const [row] = await database.sql.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
    values,
  );
  const result = row?.["QUERY PLAN"][0];
  const plan = result?.Plan;
  if (!result || !plan) return { plan: "?", executionMs: Number.NaN };
  // Under Limit, the scan that feeds it (InitPlans are the time range's id look-ups).
  const top = plan["Node Type"] === "Limit" ? (plan.Plans?.find((child) => child["Parent Relationship"] === "Outer") ?? plan) : plan;
  const flags: string[] = [];
  walk(plan, (node) => {
    if (node["Node Type"] === "Sort" || node["Node Type"] === "Incremental Sort") flags.push("SORT");
    if (node["Node Type"] === "Seq Scan") flags.push("SEQ SCAN");
  });
  return {
    plan: `${describeNode(top)}${top["Node Type"] === "Sort" && top.Plans?.[0] ? ` of ${describeNode(top.Plans[0])}` : ""}${flags.length ? ` [${[...new Set(flags)].join(", ")}]` : ""}`,
    executionMs: result["Execution Time"],
  };
}

async function time(database: Database, filters: SendLogQueryFilters): Promise<{ ms: number; rows: number }> {
  const timings: number[] = [];
  let rows = 0;
  // One untimed call: the first use of a statement shape pays for Prisma's and PostgreSQL's caches.
  await listSendAttempts(database.prisma, filters);
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const page = await listSendAttempts(database.prisma, filters);
    timings.push(performance.now() - started);
    rows = page.rows.length;
  }
  return { ms: median(timings), rows };
}

/** The id halfway down this filter's result, for a "deep page" (found once, slowly, with OFFSET). */
async function middleCursor(database: Database, filters: Case["filters"]): Promise<string | undefined> {
  const { text, values } = await prepareSendLogQuery(database.prisma, { ...filters, limit: 0 });
  const countSql = `SELECT count(*)::int AS n FROM (${text.replace(/ ORDER BY [^$]+ LIMIT \$\d+::int$/, "")}) AS matched`;
  const [count] = await database.sql.query<{ n: number }>(countSql, values.slice(0, -1));
  const offset = Math.floor((count?.n ?? 0) / 2);
  const baseSql = text.replace(/ LIMIT \$\d+::int$/, "");
  const [row] = await database.sql.query<{ id: string }>(
    `SELECT id::text AS id FROM (${baseSql} OFFSET ${offset} LIMIT 1) AS middle`,
    values.slice(0, -1),
  );
  return row?.id;
}

async function main(): Promise<void> {
  const name = `otp_bench_${randomBytes(5).toString("hex")}`;
  await withServer((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  try {
    await migrate(database.sql, { log: () => {} });
    let started = performance.now();
    await database.sql.exec(FILL_SQL);
    console.log(`inserted ${ROWS.toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    await database.sql.exec("VACUUM ANALYZE send_attempts");
    console.log(`VACUUM ANALYZE in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const [busiest] = await database.sql.query<{ phone: string }>(
      "SELECT phone FROM send_attempts GROUP BY phone ORDER BY count(*) DESC, phone LIMIT 1",
    );
    const now = Date.now();
    const cases: Case[] = [
      { name: "no filter", filters: {} },
      { name: "phone", filters: { phone: busiest?.phone ?? "+989000000001" } },
      { name: "outcome=failed", filters: { outcome: "failed" } },
      { name: "outcome=sent", filters: { outcome: "sent" } },
      { name: "status=412", filters: { status: 412 } },
      { name: "sender=20005006666", filters: { sender: "20005006666" } },
      { name: "sender=10008663", filters: { sender: "10008663" } },
      { name: "last 24 h", filters: { from: new Date(now - DAY_MS) } },
      { name: "one day, 20 days ago", filters: { from: new Date(now - 21 * DAY_MS), to: new Date(now - 20 * DAY_MS) } },
      { name: "failed, one day 20 days ago", filters: { outcome: "failed", from: new Date(now - 21 * DAY_MS), to: new Date(now - 20 * DAY_MS) } },
      { name: "status=412 + sender=10008663", filters: { status: 412, sender: "10008663" } },
      { name: "failed + sender=20005006666", filters: { outcome: "failed", sender: "20005006666" } },
      { name: "phone + sent", filters: { phone: busiest?.phone ?? "+989000000001", outcome: "sent" } },
    ];

    const header = ["filter", "first ms", "deep ms", "first ms (server)", "deep ms (server)", "rows", "plan (first page)", "plan (deep page)"];
    const table: string[][] = [];
    for (const testCase of cases) {
      const first = { ...testCase.filters, limit: 50 };
      const cursor = await middleCursor(database, testCase.filters);
      const deep = { ...first, cursor };
      const [firstTime, deepTime] = [await time(database, first), await time(database, deep)];
      const [firstPlan, deepPlan] = [await explain(database, first), await explain(database, deep)];
      table.push([
        testCase.name,
        firstTime.ms.toFixed(1),
        deepTime.ms.toFixed(1),
        firstPlan.executionMs.toFixed(2),
        deepPlan.executionMs.toFixed(2),
        `${firstTime.rows}/${deepTime.rows}`,
        firstPlan.plan,
        deepPlan.plan,
      ]);
    }
    const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => (row[column] ?? "").length)));
    const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
    console.log(`\n${ROWS.toLocaleString("en")} rows, 50 a page. "ms": median wall time of ${RUNS} listSendAttempts calls through Prisma;`);
    console.log(`"ms (server)": EXPLAIN ANALYZE's execution time. "deep": the cursor halfway down the filter's result.`);
    console.log('Time ranges first find their id range with two LIMIT 1 lookups on send_attempts_created_at_idx (in "ms").\n');
    console.log(line(header));
    console.log(`|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`);
    for (const row of table) console.log(line(row));
  } finally {
    await database.close();
    if (process.env.BENCH_KEEP === "1") console.log(`\nkept database ${name}`);
    else await withServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
