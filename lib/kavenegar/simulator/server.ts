// A plain node:http server that answers like api.kavenegar.com, plus /__sim/ test controls.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { apiStatusMessage } from "../status-codes";
import { SANDBOX_API_KEY, sandboxAccountSeed, type SimAccountSeed } from "./accounts";
import { handleControl } from "./control-routes";
import { endpoints } from "./endpoints";
import { SimApiFailure } from "./rules";
import type { SimOutboxMessage } from "./records";
import { SimulatorState, type SimFault } from "./state";

export interface KavenegarSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The accounts at start-up (and after reset); the sandbox demo account when omitted. */
  accounts?: SimAccountSeed[];
  /** Milliseconds since the epoch; drives delivery progress and dates. */
  clock?: () => number;
}

export interface KavenegarSimulator {
  /** e.g. http://127.0.0.1:4010, the client's baseUrl. */
  url: string;
  port: number;
  state: SimulatorState;
  /** The outbox of one account (the sandbox demo account by default), texts included. */
  outbox(apiKey?: string): SimOutboxMessage[];
  /** Stops listening and ends every connection, hanging ones included. */
  close(): Promise<void>;
}

// Kavenegar accepts a trailing slash after `.json`.
const API_PATH = /^\/v1\/([^/]+)\/([A-Za-z]+)\/([A-Za-z]+)\.json\/?$/;
const MAX_BODY_BYTES = 1_000_000;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendEnvelope(res: ServerResponse, status: number, entries: unknown = null): void {
  if (res.destroyed) return;
  // Kavenegar's HTTP status always equals return.status.
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify({ return: { status, message: apiStatusMessage(status) }, entries }));
}

function sendProxyError(res: ServerResponse, status: 500 | 502 | 503): void {
  if (res.destroyed) return;
  const title = { 500: "500 Internal Server Error", 502: "502 Bad Gateway", 503: "503 Service Unavailable" }[status];
  res.writeHead(status, { "Content-Type": "text/html" });
  res.end(`<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>`);
}

function formParams(req: IncomingMessage, url: URL, body: string): Map<string, string> {
  const params = new Map(url.searchParams);
  const type = req.headers["content-type"] ?? "application/x-www-form-urlencoded";
  if (type.includes("application/x-www-form-urlencoded")) {
    // The body wins over the query string.
    for (const [name, value] of new URLSearchParams(body)) params.set(name, value);
  }
  return params;
}

export type RunningSimulator = KavenegarSimulator;

export async function startKavenegarSimulator(options: KavenegarSimulatorOptions = {}): Promise<KavenegarSimulator> {
  const host = options.host ?? "127.0.0.1";
  const state = new SimulatorState(options.accounts ?? [sandboxAccountSeed()], options.clock ?? Date.now);
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  /** Answers as the fault says; true when the request is taken care of. */
  async function applyFault(fault: SimFault, res: ServerResponse): Promise<boolean> {
    if (fault.latencyMs) await delay(fault.latencyMs);
    if (closed || res.destroyed) return true;
    // Left open on purpose; close() ends the connection.
    if (fault.hang) return true;
    if (fault.httpStatus) {
      sendProxyError(res, fault.httpStatus);
      return true;
    }
    if (fault.apiStatus) {
      sendEnvelope(res, fault.apiStatus);
      return true;
    }
    return false;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The official Node package sends an absolute URL as the request target; URL() takes both forms.
    const url = new URL(req.url ?? "/", "http://simulator.invalid");
    let body: string;
    try {
      body = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) sendEnvelope(res, 414);
      else res.destroy();
      return;
    }
    if (url.pathname === "/__sim" || url.pathname.startsWith("/__sim/")) {
      handleControl(state, req, url, body, res);
      return;
    }

    const route = API_PATH.exec(url.pathname);
    if (!route) {
      sendEnvelope(res, 404);
      return;
    }
    const [, rawKey = "", rawScope = "", rawMethod = ""] = route;
    const scope = rawScope.toLowerCase();
    const method = rawMethod.toLowerCase();

    const fault = state.takeFault(scope, method);
    if (fault && (await applyFault(fault, res))) return;

    if (req.method !== "GET" && req.method !== "POST") {
      sendEnvelope(res, 405);
      return;
    }
    const endpoint = endpoints[`${scope}/${method}`];
    if (!endpoint) {
      sendEnvelope(res, 404);
      return;
    }
    if (endpoint.postOnly && req.method !== "POST") {
      sendEnvelope(res, 405);
      return;
    }

    let apiKey: string;
    try {
      apiKey = decodeURIComponent(rawKey);
    } catch {
      sendEnvelope(res, 403);
      return;
    }
    const account = state.findAccount(apiKey);
    if (!account) {
      sendEnvelope(res, 403);
      return;
    }
    if (account.disabled) {
      sendEnvelope(res, 401);
      return;
    }

    try {
      const entries = endpoint.handle({ state, account, params: formParams(req, url, body) });
      if (fault?.answerDelayMs) await delay(fault.answerDelayMs);
      sendEnvelope(res, 200, entries);
    } catch (error) {
      if (error instanceof SimApiFailure) {
        sendEnvelope(res, error.status);
        return;
      }
      console.error("[kavenegar-sim] endpoint failed:", error);
      sendEnvelope(res, 500);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("[kavenegar-sim] request failed:", error);
      if (!res.headersSent) sendEnvelope(res, 500);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("simulator did not bind a TCP port");
  const urlHost = host.includes(":") ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    state,
    outbox: (apiKey = SANDBOX_API_KEY) => state.outbox(apiKey),
    async close() {
      if (closed) return;
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Ends keep-alive sockets and requests left hanging by faults.
        server.closeAllConnections();
      });
    },
  };
}
