// How fast a failure reaches an admin's browser: from the moment one app instance records a
// failed send attempt to the moment another instance's live hub hands it to its SSE listeners.
//   npm run bench:live-latency     (BENCH_DATABASE_URL, default the local PostgreSQL)
// Two separate connections to one fresh database stand in for two app instances.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { openDatabase } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { recordSendAttempt } from "@/lib/delivery/attempts";
import { LiveHub } from "@/lib/events/live-hub";

const SERVER_URL = process.env.BENCH_DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432/postgres";
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
/** The first attempts pay for connections and query planning; they are run, not counted. */
const WARM_UP = 10;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const name = `otp_bench_live_${randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const writer = await openDatabase({ url: url.toString() });
  const reader = await openDatabase({ url: url.toString() });
  const hub = new LiveHub(reader.sql);
  try {
    await migrate(writer.sql);
    const waiting = new Map<string, (at: number) => void>();
    hub.listen((event) => event.type === "attempt" && waiting.get(event.attempt.phone)?.(performance.now()));
    await hub.whenReady();

    const latencies: number[] = [];
    for (let i = -WARM_UP; i < SAMPLES; i++) {
      const phone = `+98912${String(i + WARM_UP).padStart(7, "0")}`;
      const arrived = new Promise<number>((resolve) => waiting.set(phone, resolve));
      const started = performance.now();
      await recordSendAttempt(
        { sql: writer.sql },
        {
          phone,
          sender: "10008663",
          method: "sms",
          purpose: "otp",
          outcome: "failed",
          providerStatus: 412,
          providerMessage: "ارسال کننده نامعتبر است",
          messageId: null,
          cost: null,
          latencyMs: 0,
          errorCode: "sender_invalid",
          errorDetail: "Invalid sender",
          providerResponse: null,
          challengeId: null,
        },
      );
      const latency = (await arrived) - started;
      if (i >= 0) latencies.push(latency);
      waiting.delete(phone);
    }
    latencies.sort((a, b) => a - b);
    const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
    console.log(
      `failure recorded by instance A → delivered to instance B's live listeners (${SAMPLES} samples after ${WARM_UP} warm-up, PostgreSQL LISTEN/NOTIFY)`,
    );
    console.log(
      `  p50 ${fmt(percentile(latencies, 50))}   p95 ${fmt(percentile(latencies, 95))}   p99 ${fmt(percentile(latencies, 99))}   max ${fmt(latencies.at(-1) ?? Number.NaN)}`,
    );
    console.log("  (includes the INSERT of the attempt; the browser's SSE hop adds one local HTTP write)");
  } finally {
    await hub.close();
    await Promise.all([writer.close(), reader.close()]);
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
