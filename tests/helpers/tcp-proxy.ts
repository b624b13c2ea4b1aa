// A TCP proxy in front of PostgreSQL whose behaviour a test switches: pass traffic on,
// refuse connections, or accept them and never answer (a hung server or a dead network).
import net from "node:net";

/** forward: pass traffic; refuse: drop new connections; blackhole: accept them and say nothing; stall: also stop answering on open ones. */
export type ProxyMode = "forward" | "refuse" | "blackhole" | "stall";

export interface TcpProxy {
  port: number;
  /** postgresql://… through the proxy, for the database `name`. */
  urlFor(name: string): string;
  setMode(mode: ProxyMode): void;
  /** Cuts every open connection (a database restart, a network failure). */
  dropConnections(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }, initial: ProxyMode = "forward"): Promise<TcpProxy> {
  let mode = initial;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => client.destroy());
    if (mode === "refuse") return client.destroy();
    if (mode === "blackhole" || mode === "stall") return;
    const upstream = net.connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
    // Data is passed on only while the mode is not "stall": a server that stops answering mid-connection.
    client.on("data", (chunk: Buffer) => mode !== "stall" && upstream.write(chunk));
    upstream.on("data", (chunk: Buffer) => mode !== "stall" && client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("proxy did not bind");
  return {
    port: address.port,
    urlFor: (name) => `postgresql://postgres@127.0.0.1:${address.port}/${name}`,
    setMode(next) {
      mode = next;
    },
    dropConnections() {
      for (const socket of sockets) socket.destroy();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
