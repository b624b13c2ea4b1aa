// Enumerates every /api/admin route and proves that none can be reached without a session
// and that a viewer cannot write (the pages: tests/auth/admin-pages.test.ts).
import { readdir } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSession } from "@/lib/auth/sessions";
import { removeAdminUser } from "@/lib/auth/users";
import { METHOD_NOT_ALLOWED_MARK } from "@/lib/http/methods";
import type { ServerContext } from "@/lib/server/app-context";
import { insertAdminUser } from "../helpers/admin-users";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const SECRET = "admin-routes-test-secret-0123456789abcdef";
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

async function findFiles(dir: string, name: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name === name).map((e) => path.join(e.parentPath, e.name));
}

type Handler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface RouteCase {
  file: string;
  method: (typeof METHODS)[number];
  handler: Handler & Record<symbol, unknown>;
  params: Record<string, string>;
}

const routes: RouteCase[] = [];
const refusedMethods: RouteCase[] = [];
let database: TestDatabase | null = null;
let app: ServerContext;
let cookies: { admin: string; viewer: string; deleted: string; forged: string };

async function sessionCookie(sid: string): Promise<string> {
  const token = await encode({ token: { sid }, secret: SECRET });
  return `next-auth.session-token=${token}`;
}

beforeAll(async () => {
  if (process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase();
    process.env.DATABASE_URL = database.url ?? "";
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = path.join(await mkdtemp(path.join(tmpdir(), "otp-routes-")), "pglite");
  }
  delete process.env.KAVENEGAR_API_KEY;
  process.env.NEXTAUTH_SECRET = SECRET;
  process.env.NEXTAUTH_URL = "http://localhost";
  app = await (await import("@/lib/server/app-context")).getServerContext();
  await app.db.adminUser.deleteMany();
  const admin = await insertAdminUser(app.db, { email: "admin@routes.test", role: "admin" });
  const viewer = await insertAdminUser(app.db, { email: "viewer@routes.test", role: "viewer" });
  const gone = await insertAdminUser(app.db, { email: "gone@routes.test", role: "admin" });
  cookies = {
    admin: await sessionCookie(await startSession(app.db, admin.id, "127.0.0.1")),
    viewer: await sessionCookie(await startSession(app.db, viewer.id, "127.0.0.1")),
    // A validly signed token whose user was removed: refused like no session.
    deleted: await sessionCookie(await startSession(app.db, gone.id, "127.0.0.1")),
    // Signed with the right key, but naming no session: a forged or replayed cookie.
    forged: await sessionCookie("00000000-0000-4000-8000-000000000000"),
  };
  await removeAdminUser(app.db, "gone@routes.test");

  const { ADMIN_ROUTE_MARK } = await import("@/lib/http/admin-route");
  for (const file of await findFiles("app/api/admin", "route.ts")) {
    const routeModule = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    const params = Object.fromEntries([...file.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name!, "1"]));
    for (const method of METHODS) {
      const handler = routeModule[method] as RouteCase["handler"] | undefined;
      if (typeof handler !== "function") continue;
      (handler[METHOD_NOT_ALLOWED_MARK] ? refusedMethods : routes).push({ file, method, handler, params });
    }
  }
  expect(ADMIN_ROUTE_MARK).toBeDefined();
}, 120_000);

afterAll(async () => {
  await app?.sandbox?.close();
  await app?.database.close();
  await database?.drop();
});

function call(route: RouteCase, cookie?: string, origin?: string, extra: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`http://localhost/${route.file}`, {
    method: route.method,
    headers: { "content-type": "application/json", host: "localhost", ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}), ...extra },
    body: route.method === "GET" ? undefined : "{}",
  });
  return route.handler(request, { params: Promise.resolve(route.params) });
}

describe("admin API routes", () => {
  it("exist, and every handler is wrapped by adminRoute with writes for admins only", async () => {
    const { ADMIN_ROUTE_MARK } = await import("@/lib/http/admin-route");
    expect(routes.length).toBeGreaterThanOrEqual(8);
    for (const route of routes) {
      const role = route.handler[ADMIN_ROUTE_MARK];
      expect(role, `${route.method} ${route.file} is not wrapped by adminRoute`).toBeDefined();
      if (route.method !== "GET") expect(role, `${route.method} ${route.file} lets viewers write`).toBe("admin");
    }
  });

  it("refuse anonymous requests and sessions of deleted users with 401", async () => {
    for (const route of routes) {
      for (const cookie of [undefined, cookies.deleted, cookies.forged, "next-auth.session-token=garbage"]) {
        const response = await call(route, cookie);
        expect(response.status, `${route.method} ${route.file}`).toBe(401);
        expect(await response.json()).toMatchObject({ code: "unauthorized" });
      }
    }
  });

  it("refuse viewer writes with 403 and let viewers read", async () => {
    for (const route of routes) {
      const response = await call(route, cookies.viewer);
      if (route.method === "GET") {
        expect([200, 404], `${route.method} ${route.file}`).toContain(response.status);
        await response.body?.cancel();
      } else {
        expect(response.status, `${route.method} ${route.file}`).toBe(403);
        expect(await response.json()).toMatchObject({ code: "forbidden" });
      }
    }
  });

  it("refuse an admin's write sent from another site, or from nowhere the browser vouches for", async () => {
    for (const route of routes.filter((r) => r.method !== "GET")) {
      for (const [origin, extra] of [
        ["https://evil.example", {}],
        [undefined, {}],
        [undefined, { "sec-fetch-site": "cross-site" }],
        // X-Forwarded-Host never makes another origin ours.
        ["https://evil.example", { "x-forwarded-host": "evil.example" }],
      ] as const) {
        const response = await call(route, cookies.admin, origin, extra);
        expect(response.status, `${route.method} ${route.file} from ${origin ?? "no origin"}`).toBe(403);
        expect(await response.json()).toMatchObject({ detail: "Cross-site request refused." });
      }
    }
  });

  it("accept a write the browser marks same-origin, and refuse one that is not JSON", async () => {
    const write = routes.find((r) => r.method === "PATCH" && r.file.includes("settings"));
    expect(write).toBeDefined();
    const sameSite = await call(write!, cookies.admin, undefined, { "sec-fetch-site": "same-origin" });
    expect(sameSite.status).toBe(200);
    const form = await call(write!, cookies.admin, "http://localhost", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(400);
    expect(await form.json()).toMatchObject({ code: "invalid_json" });
  });

  it("answer the methods they do not implement with 405, a JSON detail and Allow", async () => {
    expect(refusedMethods.length).toBeGreaterThan(routes.length);
    for (const route of refusedMethods) {
      const response = await call(route, cookies.admin, "http://localhost");
      expect(response.status, `${route.method} ${route.file}`).toBe(405);
      expect(response.headers.get("allow")).toMatch(/^(GET|POST|PATCH|DELETE)/);
      expect(await response.json()).toMatchObject({ code: "method_not_allowed" });
    }
  });

  it("let admins through the session check", async () => {
    for (const route of routes) {
      const response = await call(route, cookies.admin, "http://localhost");
      expect([401, 403], `${route.method} ${route.file}`).not.toContain(response.status);
      await response.body?.cancel();
    }
  });
});
