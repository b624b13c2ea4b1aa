// The HTTP server behind `npm start` and `npm run dev`: Next.js behind the front door,
// Node's own timeouts as a backstop against slow clients, and a graceful stop on SIGTERM.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import type { Env } from "@/lib/env";
import { prepareRequest } from "./front-door";
import { runShutdownHooks, whenAppStarted } from "./lifecycle";

/** How long SIGTERM waits for requests in flight before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;
/** Migrations and seeding run before the server listens; past this, it listens anyway and requests wait. */
const START_UP_WAIT_MS = 120_000;

export interface HttpServerOptions {
  dev: boolean;
  port: number;
  hostname: string | undefined;
  config: Pick<Env, "TRUSTED_PROXY_HOPS" | "NEXTAUTH_URL">;
}

function sendJson(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { "Content-Type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

const isEventStream = (res: ServerResponse) => String(res.getHeader("content-type") ?? "").startsWith("text/event-stream");

export async function startHttpServer(options: HttpServerOptions): Promise<void> {
  const app = next({ dev: options.dev, dir: process.cwd(), port: options.port, hostname: options.hostname });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Production only: development compiles the app (and its start-up) on the first request.
  if (!options.dev && !(await whenAppStarted(START_UP_WAIT_MS))) console.warn("[server] the app's start-up is still running; listening anyway");

  const frontDoor = { trustedProxyHops: options.config.TRUSTED_PROXY_HOPS, dev: options.dev, publicUrl: options.config.NEXTAUTH_URL };
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (stopping) {
      sendJson(
        res,
        503,
        { detail: "The server is restarting. Please try again.", code: "shutting_down" },
        { Connection: "close", "Retry-After": "1" },
      );
      return;
    }
    inFlight.add(res);
    res.once("close", () => inFlight.delete(res));
    prepareRequest(req, res, frontDoor);
    handle(req, res).catch((error: unknown) => {
      console.error("[server] request failed", error);
      sendJson(res, 500, { detail: "Internal server error.", code: "internal_error" });
    });
  });
  // Backstops only: route handlers answer a slow body with 408 JSON after 10 s (lib/http/read-json.ts).
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.hostname, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  console.info(`[server] ready on http://${options.hostname ?? "localhost"}:${port} (${options.dev ? "development" : "production"})`);

  async function stop(signal: string): Promise<void> {
    if (stopping) return;
    stopping = true;
    console.info(`[server] ${signal}: taking no new requests; finishing ${inFlight.size} in flight (at most ${SHUTDOWN_GRACE_MS / 1000} s)`);
    server.close();
    server.closeIdleConnections();
    // Live views reconnect to another instance; they would otherwise hold the stop for the whole grace period.
    for (const res of inFlight) if (isEventStream(res)) res.socket?.destroy();
    const deadline = Date.now() + SHUTDOWN_GRACE_MS;
    while (inFlight.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    if (inFlight.size > 0) console.warn(`[server] ${inFlight.size} request(s) still in flight after ${SHUTDOWN_GRACE_MS / 1000} s; exiting`);
    await runShutdownHooks();
    await app.close().catch(() => {});
    process.exit(0);
  }
  // npm and tsx pass a signal on to this process, so it may arrive twice: the stop is idempotent.
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
