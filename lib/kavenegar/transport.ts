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
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

export const nodeTransport: Transport = ({ url, headers, body, signal }) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === "https:";
    const send = secure ? httpsRequest : httpRequest;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    const req = send(
      target,
      {
        method: "POST",
        headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
        signal,
        agent: secure ? agents.https : agents.http,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => settle(() => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") })));
        res.on("error", (error) => settle(() => reject(error)));
        res.on("close", () => settle(() => reject(new Error("connection closed before the answer was complete"))));
      },
    );
    req.on("error", (error) => settle(() => reject(error)));
    req.end(body);
  });

/** For an injected fetch (tests, instrumentation). It cannot see a 407's body; see above. */
export function fetchTransport(fetchImpl: typeof fetch): Transport {
  return async ({ url, headers, body, signal }) => {
    // A redirect would replay the key elsewhere, and turn the POST into a GET.
    const res = await fetchImpl(url, { method: "POST", headers, body, signal, redirect: "manual" });
    return { status: res.status, text: await res.text() };
  };
}
