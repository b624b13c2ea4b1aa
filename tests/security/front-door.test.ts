// Finding 3 (the address half) and 8: the front door decides the client's address from the
// socket and the declared proxies only, drops proxy headers nobody vouches for, and puts
// the security headers on every answer.
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, limitSubject, resolveClientAddress } from "@/lib/client-address";
import { prepareRequest, type FrontDoorOptions } from "@/lib/server/front-door";

describe("resolveClientAddress", () => {
  it.each([
    ["no proxy: X-Forwarded-For is ignored", "203.0.113.9", "1.2.3.4", 0, "203.0.113.9"],
    ["one proxy: the entry it appended", "10.0.0.2", "1.2.3.4, 198.51.100.7", 1, "198.51.100.7"],
    ["two proxies: the entry the outer one appended", "10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.9", 2, "198.51.100.7"],
    ["a proxy but no header: the socket", "10.0.0.2", undefined, 1, "10.0.0.2"],
    ["a shorter chain than declared: the leftmost, written by a trusted proxy", "10.0.0.2", "198.51.100.7", 2, "198.51.100.7"],
    ["garbage where the client should be: the socket", "10.0.0.2", "1.2.3.4, not-an-address", 1, "10.0.0.2"],
    ["IPv4-mapped IPv6 sockets are IPv4", "::ffff:203.0.113.9", undefined, 0, "203.0.113.9"],
    ["ports and brackets are dropped", "10.0.0.2", "[2001:db8::1]:443", 1, "2001:db8::1"],
  ])("%s", (_name, socket, forwarded, hops, expected) => {
    expect(resolveClientAddress(socket, forwarded, hops)).toBe(expected);
  });

  it("limits an IPv6 client by its /64, which one subscriber usually holds", () => {
    expect(limitSubject("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(limitSubject("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(limitSubject("203.0.113.9")).toBe("203.0.113.9");
  });
});

describe("the front door", () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function serve(options: FrontDoorOptions): Promise<string> {
    server = createServer((req, res) => {
      prepareRequest(req, res, options);
      res.setHeader("Content-Type", "application/json");
      res.end(
        JSON.stringify({
          client: req.headers[CLIENT_ADDRESS_HEADER],
          forwardedFor: req.headers["x-forwarded-for"],
          forwardedHost: req.headers["x-forwarded-host"] ?? null,
        }),
      );
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    return `http://127.0.0.1:${address.port}`;
  }

  it("gives 30 requests with 30 made-up X-Forwarded-For values one address when no proxy is declared", async () => {
    const url = await serve({ trustedProxyHops: 0, dev: false, publicUrl: undefined });
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      const answer = (await (await fetch(url, { headers: { "x-forwarded-for": `10.66.0.${i}`, [CLIENT_ADDRESS_HEADER]: "6.6.6.6" } })).json()) as {
        client: string;
        forwardedFor: string;
      };
      seen.add(answer.client);
      expect(answer.forwardedFor).toBe(answer.client);
    }
    expect([...seen]).toEqual(["127.0.0.1"]);
  });

  it("believes X-Forwarded-Host only from a declared proxy", async () => {
    const direct = await serve({ trustedProxyHops: 0, dev: false, publicUrl: undefined });
    expect(await (await fetch(direct, { headers: { "x-forwarded-host": "evil.example" } })).json()).toMatchObject({ forwardedHost: null });
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    const proxied = await serve({ trustedProxyHops: 1, dev: false, publicUrl: undefined });
    expect(
      await (await fetch(proxied, { headers: { "x-forwarded-host": "otp.example.com", "x-forwarded-for": "198.51.100.7" } })).json(),
    ).toMatchObject({
      forwardedHost: "otp.example.com",
      client: "198.51.100.7",
    });
  });

  it("sends the security headers, HSTS on https, and no-store for the console", async () => {
    const url = await serve({ trustedProxyHops: 0, dev: false, publicUrl: "https://otp.example.com" });
    const page = await fetch(`${url}/admin/senders`);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("same-origin");
    expect(page.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${url}/api/admin/settings`)).headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${url}/api/auth/session`)).headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${url}/api/v1/usr/otp`)).headers.get("cache-control")).toBeNull();
    // A new nonce every time.
    expect((await fetch(url)).headers.get("content-security-policy")).not.toBe(csp);
  });

  it("sends no HSTS over plain http", async () => {
    const url = await serve({ trustedProxyHops: 0, dev: false, publicUrl: "http://localhost:3000" });
    expect((await fetch(url)).headers.get("strict-transport-security")).toBeNull();
  });
});
