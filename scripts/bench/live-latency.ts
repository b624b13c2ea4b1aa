// How fast a failure reaches an admin's browser: from the moment an app instance records a
// failed send attempt to the moment an instance's live hub hands it to its SSE listeners.
// With two instances, two separate connection pools to one database stand in for them.
import { performance } from "node:perf_hooks";
import { openDatabase } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { recordSendAttempt } from "@/lib/delivery/attempts";
import { LiveHub } from "@/lib/events/live-hub";
import { scratchDatabase } from "./processes";

/** The first attempts pay for connections and query planning; they are run, not counted. */
const WARM_UP = 10;

export interface LiveLatencyResult {
  instances: 1 | 2;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function benchLiveLatency(instances: 1 | 2, samples: number): Promise<LiveLatencyResult> {
  const scratch = await scratchDatabase("live");
  const writer = await openDatabase({ url: scratch.url });
  const reader = instances === 2 ? await openDatabase({ url: scratch.url }) : writer;
  const hub = new LiveHub(reader.sql);
  try {
    await migrate(writer.sql, { log: () => {} });
    const waiting = new Map<string, (at: number) => void>();
    hub.listen((event) => event.type === "attempt" && waiting.get(event.attempt.phone)?.(performance.now()));
    await hub.whenReady();

    const latencies: number[] = [];
    for (let i = -WARM_UP; i < samples; i++) {
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
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      instances,
      samples,
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      p99Ms: round(percentile(latencies, 99)),
      maxMs: round(latencies.at(-1) ?? Number.NaN),
    };
  } finally {
    await hub.close();
    await writer.close();
    if (reader !== writer) await reader.close();
    await scratch.drop();
  }
}
