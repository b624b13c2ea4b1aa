// Enumerates every /api/admin route and every admin page, and proves that none can be
// reached without a session and that a viewer cannot write.
import { readdir, readFile } from "node:fs/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdminUser } from "@/lib/auth/users";
import type { ServerContext } from "@/lib/server/app-context";
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

let routes: RouteCase[] = [];
let database: TestDatabase | null = null;
let app: ServerContext;
let cookies: { admin: string; viewer: string; deleted: string };

async function sessionCookie(email: string, role: string): Promise<string> {
  const token = await encode({ token: { email, role, sub: email }, secret: SECRET });
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
  app = await (await import("@/lib/server/app-context")).getServerContext();
  await app.db.adminUser.deleteMany();
  await createAdminUser(app.db, { email: "admin@routes.test", password: "admin-password-1", role: "admin" });
  await createAdminUser(app.db, { email: "viewer@routes.test", password: "viewer-password-1", role: "viewer" });
  cookies = {
    admin: await sessionCookie("admin@routes.test", "admin"),
    viewer: await sessionCookie("viewer@routes.test", "viewer"),
    // A valid token whose user no longer exists: refused like no session.
    deleted: await sessionCookie("gone@routes.test", "admin"),
  };

  const { ADMIN_ROUTE_MARK } = await import("@/lib/http/admin-route");
  for (const file of await findFiles("app/api/admin", "route.ts")) {
    const module = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    const params = Object.fromEntries([...file.matchAll(/\[(\w+)\]/g)].map(([, name]) => [name!, "1"]));
    for (const method of METHODS) {
      const handler = module[method];
      if (typeof handler === "function") routes.push({ file, method, handler: handler as RouteCase["handler"], params });
    }
  }
  expect(ADMIN_ROUTE_MARK).toBeDefined();
}, 120_000);

afterAll(async () => {
  await app?.sandbox?.close();
  await app?.database.close();
  await database?.drop();
});

function call(route: RouteCase, cookie?: string, origin?: string): Promise<Response> {
  const request = new Request(`http://localhost/${route.file}`, {
    method: route.method,
    headers: { "content-type": "application/json", host: "localhost", ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) },
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
      for (const cookie of [undefined, cookies.deleted, "next-auth.session-token=forged"]) {
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

  it("refuse an admin's write sent from another site", async () => {
    for (const route of routes.filter((r) => r.method !== "GET")) {
      const response = await call(route, cookies.admin, "https://evil.example");
      expect(response.status, `${route.method} ${route.file}`).toBe(403);
      expect(await response.json()).toMatchObject({ detail: "Cross-site request refused." });
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

describe("admin pages", () => {
  it("each check the session on the server", async () => {
    const pages = await findFiles("app/admin", "page.tsx");
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const file of pages) {
      expect(await readFile(file, "utf8"), `${file} does not call requireAdminPage()`).toMatch(/await requireAdminPage\(\)/);
    }
  });
});
