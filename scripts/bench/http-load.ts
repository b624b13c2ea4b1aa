// HTTP load with autocannon: a route at a number of connections, each request with its own
// phone number and its own client address (X-Forwarded-For; the app trusts one proxy hop).
import autocannon from "autocannon";
import type { CpuPerRequest } from "./cpu";

export interface LoadResult {
  name: string;
  connections: number;
  requests: number;
  seconds: number;
  /** Answered requests a second. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** HTTP status → count. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** CPU per answered request by process, where it can be read (Linux). */
  cpu?: CpuPerRequest;
}

export interface LoadOptions {
  name: string;
  url: string;
  connections: number;
  /** A fixed number of requests: every one is answered before the run ends (the database check counts them). */
  amount?: number;
  /** Or a fixed time. */
  durationSeconds?: number;
  method?: "GET" | "POST";
  /** The JSON body of the n-th request of this run. */
  body?: (n: number) => unknown;
}

let clients = 0;
/** A client address used once in the whole benchmark run, so no per-client limit is ever reached. */
function nextClientAddress(): string {
  clients += 1;
  return `10.${(clients >> 16) & 255}.${(clients >> 8) & 255}.${clients & 255}`;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  let sent = 0;
  const makeBody = options.body;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSeconds ?? 10 }),
    timeout: 30,
    requests: [
      {
        method: options.method ?? "GET",
        setupRequest: (request) => {
          const headers = { ...request.headers, "x-forwarded-for": nextClientAddress() };
          if (!makeBody) return { ...request, headers };
          const body = JSON.stringify(makeBody(sent++));
          return { ...request, headers: { ...headers, "content-type": "application/json" }, body };
        },
      },
    ],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [status, stats.count ?? 0]));
  const answered = Object.values(statuses).reduce((sum, count) => sum + count, 0);
  const seconds = result.duration;
  return {
    name: options.name,
    connections: options.connections,
    requests: answered,
    seconds: round(seconds),
    rps: round(answered / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** `+98912` and seven digits: run `run` (0-9) owns a million numbers of its own. */
export function benchPhone(run: number, n: number): string {
  return `+98912${run}${String(n).padStart(6, "0")}`;
}
