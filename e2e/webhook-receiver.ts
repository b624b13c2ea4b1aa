// A webhook receiver on a free local port that keeps every POST it is sent (what Slack or an
// on-call tool would be): for the specs that check what the app posts.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedPost {
  raw: Buffer;
  headers: IncomingHttpHeaders;
}

export interface WebhookReceiver {
  url: string;
  posts: ReceivedPost[];
  /** The posts whose JSON `event` is this one ("opened", "resolved", "test"…). */
  postsOf(event: string): ReceivedPost[];
  close: () => Promise<void>;
}

export function startWebhookReceiver(path: string): Promise<WebhookReceiver> {
  const posts: ReceivedPost[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method === "POST") posts.push({ raw: Buffer.concat(chunks), headers: request.headers });
      response.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${path}`,
        posts,
        postsOf: (event) => posts.filter((post) => (JSON.parse(post.raw.toString("utf8")) as { event?: string }).event === event),
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
