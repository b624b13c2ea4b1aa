// The findings only the whole process shows, on the production build (`npm start`):
// start-up without a database (6), the front door's address and headers (3, 8), a slow
// body (8), the sandbox's routes in live mode (1), every admin page's session check, and
// a graceful stop (7).
import { spawn } from "node:child_process";
import { readdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { E2E_DIST_DIR } from "@/e2e/config";
import { SANDBOX_API_KEY, startKavenegarSimulator, type RunningSimulator } from "@/lib/kavenegar/simulator";
import { startSession } from "@/lib/auth/sessions";
import { insertAdminUser } from "../helpers/admin-users";
import { bareEnv, freePort, startAppServer, type AppServer } from "../helpers/app-server";
import { lastCodeSentTo } from "../helpers/test-context";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const serverUrl = process.env.TEST_DATABASE_URL;
const LIVE = {
  KAVENEGAR_API_KEY: SANDBOX_API_KEY,
  KAVENEGAR_SENDER: "20005006666",
  OTP_SECRET: "real-server-otp-secret-0123456789abcdef",
  NEXTAUTH_SECRET: "real-server-auth-secret-0123456789abcdef",
  NEXTAUTH_URL: "https://otp.example.com",
  DATABASE_CONNECT_TIMEOUT_MS: "1000",
  // The defaults (5 s, 10 s) are long waits for a test; the mechanisms are the same.
  DATABASE_RETRY_INTERVAL_MS: "500",
  REQUEST_BODY_TIMEOUT_MS: "1500",
};

/** app/admin/send-log/[id]/page.tsx → /admin/send-log/999999999 (an entry that does not exist); route groups such as (overview) are not in the URL */
async function adminPagePaths(): Promise<string[]> {
  const entries = await readdir("app/admin", { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name === "page.tsx")
    .map((entry) =>
      `/${path.relative("app", entry.parentPath).split(path.sep).join("/")}`.replace(/\[\w+\]/g, "999999999").replace(/\/\([\w-]+\)/g, ""),
    );
}

const postOtp = (app: AppServer, phone: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/api/v1/usr/otp`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ phone_number: phone }),
  });

it("refuses `next start` without the front door in production", async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: bareEnv({ NEXT_DIST_DIR: E2E_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", ...LIVE, KAVENEGAR_BASE_URL: "http://127.0.0.1:9" }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  // Next.js runs the app's start-up on its first request, or at once.
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
  expect(await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 20_000))])).toBe(1);
  expect(output).toContain("Start the app with `npm start`");
}, 40_000);

describe.runIf(serverUrl)("the production server", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let simulator: RunningSimulator;
  let app: AppServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(serverUrl ?? "");
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) }, "refuse");
    simulator = await startKavenegarSimulator({ port: 0 });
    app = await startAppServer({
      ...LIVE,
      KAVENEGAR_BASE_URL: simulator.url,
      DATABASE_URL: proxy.urlFor(new URL(database.url ?? "").pathname.slice(1)),
    });
  }, 90_000);
  afterAll(async () => {
    await app?.stop("SIGKILL");
    await proxy?.close();
    await simulator?.close();
    await database?.drop();
  });

  it("starts without its database, answers 503 JSON meanwhile, and recovers by itself", async () => {
    expect(app.output()).toContain("[server] ready");
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ code: "database_unavailable" });
    const otp = await postOtp(app, "+989121440000");
    expect(otp.status).toBe(503);
    expect(otp.headers.get("content-type")).toContain("application/json");
    expect(otp.headers.get("retry-after")).toMatch(/^\d+$/);

    proxy.setMode("forward");
    await expect.poll(async () => (await fetch(`${app.url}/api/health`)).status, { timeout: 20_000, interval: 500 }).toBe(200);
    expect((await postOtp(app, "+989121440000")).status).toBe(200);
  }, 40_000);

  it("counts 25 requests with made-up X-Forwarded-For values as one client", async () => {
    const codes: string[] = [];
    for (let i = 1; i <= 25; i++) {
      const answer = await postOtp(app, `+98912145${String(i).padStart(4, "0")}`, { "x-forwarded-for": `10.77.0.${i}` });
      codes.push(answer.status === 200 ? "sent" : ((await answer.json()) as { code: string }).code);
    }
    // One was sent by the previous test from the same socket address.
    expect(codes.filter((code) => code === "sent")).toHaveLength(19);
    expect(codes.slice(19)).toEqual(Array(6).fill("otp_client_limit"));
  });

  it("puts the security headers on pages and answers, and keeps the console out of caches", async () => {
    const page = await fetch(`${app.url}/signin`);
    expect(page.status).toBe(200);
    const csp = page.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    // Next.js put the same nonce on its scripts: the page runs under the policy.
    expect(await page.text()).toContain(`nonce="${nonce}"`);
    expect(page.headers.get("strict-transport-security")).toMatch(/max-age/);
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("cache-control")).toContain("no-store");
    const admin = await fetch(`${app.url}/api/admin/settings`);
    expect(admin.status).toBe(401);
    expect(admin.headers.get("cache-control")).toBe("no-store");
    expect(admin.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("answers the sandbox's outbox with 404 in live mode", async () => {
    const outbox = await fetch(`${app.url}/api/sandbox/outbox`);
    expect(outbox.status).toBe(404);
    expect(await outbox.json()).toMatchObject({ code: "not_found" });
  });

  it("verifies a code typed in Persian digits", async () => {
    const phone = "+989121460000";
    const sent = await postOtp(app, phone, { "x-forwarded-for": "irrelevant" });
    // The client limit of the previous test still holds for this socket: clear it.
    if (sent.status === 429) {
      await database.sql.exec("DELETE FROM rate_limit_buckets");
      expect((await postOtp(app, phone)).status).toBe(200);
    }
    const persian = lastCodeSentTo(simulator, phone).replace(/\d/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));
    const verified = await fetch(`${app.url}/api/v1/usr/otp/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone_number: phone, code: persian }),
    });
    expect(verified.status).toBe(200);
  });

  it("answers a body that never finishes with 408 JSON after REQUEST_BODY_TIMEOUT_MS", async () => {
    const { port } = new URL(app.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), "127.0.0.1", () => {
        socket.write('POST /api/v1/usr/otp HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"phone_');
      });
      let text = "";
      socket.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes("}")) {
          socket.destroy();
          resolve(text);
        }
      });
      socket.on("error", reject);
      setTimeout(() => reject(new Error(`no answer: ${text}`)), 6_000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"request_timeout"');
  }, 20_000);

  it("checks the session on every admin page: none, forged or garbage → sign-in; a viewer's → the page", async () => {
    const pages = await adminPagePaths();
    expect(pages).toEqual(
      expect.arrayContaining([
        "/admin",
        "/admin/live",
        "/admin/send-log",
        "/admin/send-log/999999999",
        "/admin/senders",
        "/admin/account",
        "/admin/settings",
        "/admin/audit",
      ]),
    );
    const cookie = async (sid: string) => `next-auth.session-token=${await encode({ token: { sid }, secret: LIVE.NEXTAUTH_SECRET })}`;
    const viewer = await insertAdminUser(database.prisma, { email: "viewer@pages.test", role: "viewer" });
    const viewerCookie = await cookie(await startSession(database.prisma, viewer.id, "127.0.0.1"));
    const forged = await cookie("00000000-0000-4000-8000-000000000000");
    const get = (page: string, withCookie?: string) =>
      fetch(`${app.url}${page}`, { redirect: "manual", headers: withCookie ? { cookie: withCookie } : {} });

    for (const page of pages) {
      for (const refused of [undefined, forged, "next-auth.session-token=garbage"]) {
        const answer = await get(page, refused);
        expect([303, 307], `${page} with ${refused ?? "no cookie"}`).toContain(answer.status);
        expect(answer.headers.get("location"), page).toMatch(/\/signin$/);
      }
      const shown = await get(page, viewerCookie);
      // That send-log entry does not exist: its page says so rather than anything else.
      expect(shown.status, page).toBe(page.endsWith("/999999999") ? 404 : 200);
      expect(await shown.text()).toContain("viewer@pages.test");
    }
  });

  it("finishes a request in flight on SIGTERM, takes no new one, and exits 0", async () => {
    await database.sql.exec("DELETE FROM rate_limit_buckets");
    simulator.state.injectFault({ scope: "sms", method: "send", latencyMs: 2_000, times: 1 });
    const inFlight = postOtp(app, "+989121470000");
    await new Promise((resolve) => setTimeout(resolve, 500));
    app.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${app.url}/api/health`)).rejects.toThrow();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await app.exited).toBe(0);
    const challenge = await database.prisma.otpChallenge.findFirstOrThrow({ where: { phone: "+989121470000" } });
    expect(challenge.status).toBe("sent");
  }, 30_000);
});
