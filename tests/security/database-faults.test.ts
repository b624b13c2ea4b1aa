// Finding 6: a database that is down, unreachable or silent is answered 503
// database_unavailable (JSON, Retry-After) within the timeouts, never a plain-text 500, and
// the app recovers by itself once it is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKavenegarSimulator, SANDBOX_API_KEY, type RunningSimulator } from "@/lib/kavenegar/simulator";
import { callRoute } from "../helpers/route";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const serverUrl = process.env.TEST_DATABASE_URL;
let database: TestDatabase;
let proxy: TcpProxy;
let simulator: RunningSimulator;
let routes: { health: unknown; live: unknown; otp: unknown };

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
}

describe.runIf(serverUrl)("an unreachable PostgreSQL", () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    const target = new URL(serverUrl ?? "");
    // The app starts while its database refuses connections.
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) }, "refuse");
    simulator = await startKavenegarSimulator({ port: 0 });
    Object.assign(process.env, {
      DATABASE_URL: proxy.urlFor(new URL(database.url ?? "").pathname.slice(1)),
      DATABASE_CONNECT_TIMEOUT_MS: "500",
      DATABASE_STATEMENT_TIMEOUT_MS: "1000",
      DATABASE_RETRY_INTERVAL_MS: "500",
      KAVENEGAR_API_KEY: SANDBOX_API_KEY,
      KAVENEGAR_BASE_URL: simulator.url,
      KAVENEGAR_SENDER: "20005006666",
      OTP_SECRET: "db-faults-otp-secret-0123456789abcdef",
      NEXTAUTH_SECRET: "db-faults-auth-secret-0123456789abcdef",
    });
    routes = {
      health: (await import("@/app/api/health/route")).GET,
      live: (await import("@/app/api/live/route")).GET,
      otp: (await import("@/app/api/v1/usr/otp/route")).POST,
    };
  });
  afterAll(async () => {
    const { getServerContext } = await import("@/lib/server/app-context");
    await getServerContext()
      .then((app) => app.database.close())
      .catch(() => {});
    await proxy.close();
    await simulator.close();
    await database.drop();
  });

  it("answers 503 JSON with Retry-After from the first request, health included", async () => {
    const health = await callRoute(routes.health, { method: "GET" });
    expect(health.status).toBe(503);
    expect(health.json).toMatchObject({ status: "unavailable", code: "database_unavailable" });
    // Liveness touches nothing: the process is up, so an orchestrator must not restart it.
    const live = await callRoute(routes.live, { method: "GET" });
    expect(live.status).toBe(200);
    expect(live.json).toEqual({ status: "ok" });

    const otp = await callRoute(routes.otp, { body: { phone_number: "+989121110000" } });
    expect(otp.status).toBe(503);
    expect(otp.json).toMatchObject({ code: "database_unavailable", retry_after: expect.any(Number) });
    expect(otp.headers.get("retry-after")).toBe(String(otp.json.retry_after));
  });

  it("recovers by itself once the database is back", async () => {
    proxy.setMode("forward");
    await expect.poll(async () => (await callRoute(routes.health, { method: "GET" })).status, { timeout: 15_000, interval: 500 }).toBe(200);
    const otp = await callRoute(routes.otp, { body: { phone_number: "+989121110001" } });
    expect(otp.status).toBe(200);
  });

  it("answers 503 within the connect timeout when the database accepts connections but never answers", async () => {
    proxy.setMode("blackhole");
    proxy.dropConnections();
    const { value, ms } = await timed(() => callRoute(routes.otp, { body: { phone_number: "+989121110002" } }));
    expect(value.status).toBe(503);
    expect(value.json).toMatchObject({ code: "database_unavailable" });
    expect(ms).toBeLessThan(5_000);
  });

  it("answers 503 within the statement timeout when an open connection goes silent", async () => {
    proxy.setMode("forward");
    await expect.poll(async () => (await callRoute(routes.health, { method: "GET" })).status, { timeout: 15_000, interval: 500 }).toBe(200);
    proxy.setMode("stall");
    const { value, ms } = await timed(() => callRoute(routes.otp, { body: { phone_number: "+989121110003" } }));
    expect(value.status).toBe(503);
    expect(value.json).toMatchObject({ code: "database_unavailable" });
    expect(ms).toBeLessThan(8_000);
    proxy.setMode("forward");
  });
});
