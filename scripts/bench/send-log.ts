// The send log at scale: a scratch database filled with a realistic mix of attempts, each
// console query (first page, filtered pages, a deep keyset page) timed as the app runs it and
// as the bare statement in raw SQL, with EXPLAIN ANALYZE's plan and server time.
import { performance } from "node:perf_hooks";
import { openDatabase, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { listSendAttempts, prepareSendLogQuery, type SendLogQueryFilters } from "@/lib/send-log/query";
import { scratchDatabase } from "./processes";

const RUNS = 7;
const DAY_MS = 24 * 3600 * 1000;

// Realistic mix: ~5% failures (40% of them 412 from an unassigned line), four lines and
// some lookups without a line, 300,000 phones, spread evenly over the last 30 days.
function fillSql(rows: number): string {
  return `
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
  now() - interval '30 days' + (g::float8 / ${rows}) * interval '30 days'
FROM (
  SELECT g, r_phone, r_purpose, r_latency, status,
    CASE WHEN status = 412 THEN '10008663'
         WHEN r_sender < 0.6 THEN '20005006666' WHEN r_sender < 0.8 THEN '2000500666'
         WHEN r_sender < 0.9 THEN '30001234' END AS sender
  FROM (
    SELECT g, random() AS r_phone, random() AS r_purpose, random() AS r_latency, random() AS r_sender,
      CASE WHEN r_fail >= 0.05 THEN 200 WHEN r_fail < 0.02 THEN 412 WHEN r_fail < 0.03 THEN 418
           WHEN r_fail < 0.04 THEN 409 END AS status
    FROM (SELECT g, random() AS r_fail FROM generate_series(1, ${rows}) AS g) AS base
  ) AS drawn
) AS rows;
`;
}

interface Case {
  name: string;
  filters: Omit<SendLogQueryFilters, "limit" | "cursor">;
}

interface SendLogCase {
  name: string;
  /** Median wall time of the app's query function (the id-range look-ups of a time filter included). */
  appFirstMs: number;
  appDeepMs: number;
  /** Median wall time of the page's one statement, sent as raw SQL through pg. */
  rawFirstMs: number;
  rawDeepMs: number;
  /** EXPLAIN ANALYZE's execution time of that statement. */
  serverFirstMs: number;
  serverDeepMs: number;
  rows: string;
  planFirst: string;
  planDeep: string;
}

export interface SendLogResult {
  attempts: number;
  fillSeconds: number;
  cases: SendLogCase[];
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
async function explain(database: Database, statement: { text: string; values: unknown[] }): Promise<{ plan: string; executionMs: number }> {
  const [row] = await database.sql.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
    statement.values,
  );
  const result = row?.["QUERY PLAN"][0];
  const plan = result?.Plan;
  if (!result || !plan) return { plan: "?", executionMs: Number.NaN };
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

/** Median of RUNS timed calls after one untimed call (the first use of a statement shape fills caches). */
async function medianMs(work: () => Promise<unknown>): Promise<number> {
  await work();
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await work();
    timings.push(performance.now() - started);
  }
  return median(timings);
}

/** The id halfway down this filter's result, for a "deep page" (found once, slowly, with OFFSET). */
async function middleCursor(database: Database, filters: Case["filters"]): Promise<string | undefined> {
  const { text, values } = await prepareSendLogQuery(database.sql, { ...filters, limit: 0 });
  const unlimited = text.replace(/ LIMIT \$\d+::int$/, "");
  const [count] = await database.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (${unlimited.replace(/ ORDER BY [^$]+$/, "")}) AS matched`,
    values.slice(0, -1),
  );
  const offset = Math.floor((count?.n ?? 0) / 2);
  const [row] = await database.sql.query<{ id: string }>(
    `SELECT id::text AS id FROM (${unlimited} OFFSET ${offset} LIMIT 1) AS middle`,
    values.slice(0, -1),
  );
  return row?.id;
}

async function measure(database: Database, testCase: Case): Promise<SendLogCase> {
  const first = { ...testCase.filters, limit: 50 };
  const deep = { ...first, cursor: await middleCursor(database, testCase.filters) };
  const [firstStatement, deepStatement] = [await prepareSendLogQuery(database.sql, first), await prepareSendLogQuery(database.sql, deep)];
  const [firstPage, deepPage] = [await listSendAttempts(database.sql, first), await listSendAttempts(database.sql, deep)];
  const [firstPlan, deepPlan] = [await explain(database, firstStatement), await explain(database, deepStatement)];
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    name: testCase.name,
    appFirstMs: round(await medianMs(() => listSendAttempts(database.sql, first))),
    appDeepMs: round(await medianMs(() => listSendAttempts(database.sql, deep))),
    rawFirstMs: round(await medianMs(() => database.sql.query(firstStatement.text, firstStatement.values))),
    rawDeepMs: round(await medianMs(() => database.sql.query(deepStatement.text, deepStatement.values))),
    serverFirstMs: round(firstPlan.executionMs),
    serverDeepMs: round(deepPlan.executionMs),
    rows: `${firstPage.rows.length}/${deepPage.rows.length}`,
    planFirst: firstPlan.plan,
    planDeep: deepPlan.plan,
  };
}

function cases(busiestPhone: string): Case[] {
  const now = Date.now();
  return [
    { name: "no filter", filters: {} },
    { name: "phone", filters: { phone: busiestPhone } },
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
    { name: "phone + sent", filters: { phone: busiestPhone, outcome: "sent" } },
    // Partial searches: the beginning of a number (a third of the phones; ten of them), of a message id.
    { name: "phone starts +9890001", filters: { phone: "+9890001" } },
    { name: "phone starts +98900012345", filters: { phone: "+98900012345" } },
    { name: "message id starts 1000123", filters: { messageId: "1000123" } },
  ];
}

export async function benchSendLog(attempts: number, log: (line: string) => void): Promise<SendLogResult> {
  const scratch = await scratchDatabase("send_log");
  const database = await openDatabase({ url: scratch.url, statementTimeoutMs: 0 });
  try {
    await migrate(database.sql, { log: () => {} });
    const started = performance.now();
    await database.sql.exec(fillSql(attempts));
    await database.sql.exec("VACUUM ANALYZE send_attempts");
    const fillSeconds = Math.round((performance.now() - started) / 100) / 10;
    log(`  ${attempts.toLocaleString("en")} attempts stored and analyzed in ${fillSeconds} s`);
    const [busiest] = await database.sql.query<{ phone: string }>(
      "SELECT phone FROM send_attempts GROUP BY phone ORDER BY count(*) DESC, phone LIMIT 1",
    );
    const measured: SendLogCase[] = [];
    for (const testCase of cases(busiest?.phone ?? "+989000000001")) measured.push(await measure(database, testCase));
    return { attempts, fillSeconds, cases: measured };
  } finally {
    await database.close();
    await scratch.drop();
  }
}
