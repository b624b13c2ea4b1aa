// How the client puts one POST on the wire. The default is node:http(s) rather than fetch:
// Node's fetch turns any HTTP 407 into a bodiless network error, and Kavenegar answers
// 407 (access denied: server IP not allowed) with a normal envelope the admin must see.
import { Agent as HttpAgent, request as httpRequest } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

interface TransportRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  signal: AbortSignal;
}

interface TransportResponse {
  status: number;
  text: string;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

// Every OTP is one request to the same host: connections are kept and reused, not opened per send.
// An idle one is closed after 4 s, before a server's own keep-alive ends it (Node's 5 s; nginx's
// 60 s or more), so that a send rarely goes out on a connection the server is closing.
const IDLE_CONNECTION_MS = 4_000;
const agents = {
  http: new HttpAgent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
  https: new HttpsAgent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
};

/** The server closed a kept connection just as this request went out on it: the request never arrived. */
class StaleConnectionError extends Error {}

function postOnce({ url, headers, body, signal }: TransportRequest): Promise<TransportResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === "https:";
    const send = secure ? httpsRequest : httpRequest;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    let answered = false;
    const req = send(
      target,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        signal,
        agent: secure ? agents.https : agents.http,
      },
      (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => settle(() => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") })));
        res.on("error", (error) => settle(() => reject(error)));
        res.on("close", () => settle(() => reject(new Error("connection closed before the answer was complete"))));
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      // Node's advice for kept connections (http.ClientRequest#reusedSocket): a reset before any
      // answer on a reused socket is the server's idle close, not a refusal of this request.
      const stale = req.reusedSocket && !answered && !signal.aborted && (error.code === "ECONNRESET" || error.code === "EPIPE");
      settle(() => reject(stale ? new StaleConnectionError(error.message, { cause: error }) : error));
    });
    req.end(body);
  });
}

/** One POST; sent once more, on a new connection, only when a kept one turned out to be closed. */
export const nodeTransport: Transport = (request) =>
  postOnce(request).catch((error: unknown) => {
    if (error instanceof StaleConnectionError) return postOnce(request);
    throw error;
  });

/** For an injected fetch (tests, instrumentation). It cannot see a 407's body; see above. */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return async ({ url, headers, body, signal }) => {
    // A redirect would replay the key elsewhere, and turn the POST into a GET.
    const res = await fetchImpl(url, { method: "POST", headers, body, signal, redirect: "manual" });
    return { status: res.status, text: await res.text() };
  };
}
