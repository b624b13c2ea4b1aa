// A real HTTP receiver on a free port that records every request and answers as told
// (or never, to exercise timeouts).
import { createServer, type IncomingHttpHeaders } from "node:http";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body's bytes exactly as received. */
  raw: Buffer;
}

export interface Answer {
  status: number;
  body: string;
}

export interface HttpReceiver {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** `answer` returning null leaves the request hanging until close(). */
export async function startReceiver(answer: (request: RecordedRequest) => Answer | null): Promise<HttpReceiver> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, raw: Buffer.concat(chunks) };
      requests.push(request);
      const reply = answer(request);
      if (reply === null) return;
      res.writeHead(reply.status, { "Content-Type": "application/json" }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
