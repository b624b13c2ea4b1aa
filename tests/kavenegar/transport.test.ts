// The kept-alive connection race: a server may close an idle connection just as a send goes out
// on it. That send is made again on a new connection; a refused first try never is (no double SMS).
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { nodeTransport } from "@/lib/kavenegar/transport";

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function listen(handle: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handle);
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/key/sms/send.json`;
}

const post = (url: string) =>
  nodeTransport({ url, headers: { "Content-Type": "text/plain" }, body: "receptor=09121112233", signal: AbortSignal.timeout(2_000) });

describe("nodeTransport", () => {
  it("sends again on a new connection when the kept one is closed under it", async () => {
    const served = new Set<Socket>();
    let requests = 0;
    let answered = 0;
    const url = await listen((req, res) => {
      requests++;
      // The second request on a kept connection meets a server that is closing it.
      if (served.has(req.socket)) return void req.socket.destroy();
      served.add(req.socket);
      answered++;
      res.end(`{"return":{"status":200,"message":"تایید شد"},"entries":[]}`);
    });
    expect((await post(url)).status).toBe(200);
    const again = await post(url);
    expect(again.status).toBe(200);
    expect(again.text).toContain("تایید شد");
    expect({ requests, answered, connections: served.size }).toEqual({ requests: 3, answered: 2, connections: 2 });
  });

  it("does not send again when a new connection is refused", async () => {
    let requests = 0;
    const url = await listen((req) => {
      requests++;
      req.socket.destroy();
    });
    await expect(post(url)).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(requests).toBe(1);
  });
});
