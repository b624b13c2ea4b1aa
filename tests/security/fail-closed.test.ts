// Finding 1 and 2: a production start never falls into the sandbox, no secret is
// hard-coded, and the sandbox's published users never reach a real database.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateAdmin } from "@/lib/auth/authenticate";
import { verifyPassword } from "@/lib/auth/password";
import { getSessionFromRequest } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/sessions";
import { createAdminUser } from "@/lib/auth/users";
import { EnvError, parseEnv } from "@/lib/env";
import { IncidentObserver } from "@/lib/incidents/observer";
import { JobQueue } from "@/lib/jobs/queue";
import { LiveHub } from "@/lib/events/live-hub";
import { KavenegarClient } from "@/lib/kavenegar";
import { resolveSecrets, sandboxSecretsFile } from "@/lib/secrets";
import type { ServerContext } from "@/lib/server/app-context";
import { bootstrapDatabase } from "@/lib/server/bootstrap";
import { bareEnv } from "../helpers/app-server";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { SettingsCache } from "@/lib/settings/cache";

const LIVE_SECRETS = { OTP_SECRET: "o".repeat(40), NEXTAUTH_SECRET: "n".repeat(40), NEXTAUTH_URL: "https://otp.example.com" };

function problems(source: Record<string, string>): string {
  try {
    parseEnv(source);
    return "";
  } catch (error) {
    if (error instanceof EnvError) return error.problems.join("\n");
    throw error;
  }
}

describe("the provider mode", () => {
  it("refuses a production start without KAVENEGAR_API_KEY, naming both ways out", () => {
    const text = problems({ NODE_ENV: "production", ...LIVE_SECRETS });
    expect(text).toMatch(/^KAVENEGAR_API_KEY is required in production/m);
    expect(text).toContain("KAVENEGAR_SANDBOX=1");
  });

  it("refuses KAVENEGAR_API_KEY and KAVENEGAR_SANDBOX together, in any environment", () => {
    expect(problems({ NODE_ENV: "development", KAVENEGAR_API_KEY: "key", KAVENEGAR_SANDBOX: "1", ...LIVE_SECRETS })).toMatch(
      /^KAVENEGAR_SANDBOX cannot be combined/m,
    );
  });

  it("runs the sandbox in production only when asked to, and keeps `npm run dev` zero-configuration", () => {
    expect(parseEnv({ NODE_ENV: "production", KAVENEGAR_SANDBOX: "1", NEXTAUTH_URL: "https://x.example" }).mode).toBe("sandbox");
    expect(parseEnv({ NODE_ENV: "development" }).mode).toBe("sandbox");
    expect(parseEnv({ NODE_ENV: "production", KAVENEGAR_API_KEY: "key", ...LIVE_SECRETS }).mode).toBe("live");
  });

  it("stops `npm start` before it listens, with the message", () => {
    const started = spawnSync(process.execPath, ["--import", "tsx", "server.ts", "--port", "0"], {
      env: bareEnv(),
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain("KAVENEGAR_API_KEY is required in production");
    expect(started.stderr).toContain("The server did not start");
  });
});

describe("secrets", () => {
  it("are generated once per sandbox data directory, kept there, and never shared", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "otp-secrets-"));
    const config = { mode: "sandbox" as const, PGLITE_DATA_DIR: path.join(dir, "pglite"), OTP_SECRET: undefined, NEXTAUTH_SECRET: undefined };
    const first = resolveSecrets(config);
    expect(first.otpSecret).toHaveLength(43);
    expect(first.otpSecret).not.toBe(first.authSecret);
    const stored = JSON.parse(await readFile(sandboxSecretsFile(config), "utf8")) as unknown;
    expect(stored).toEqual(first);
    const other = resolveSecrets({ ...config, PGLITE_DATA_DIR: path.join(await mkdtemp(path.join(tmpdir(), "otp-secrets-")), "pglite") });
    expect(other.authSecret).not.toBe(first.authSecret);
  });

  it("are required outside a sandbox", () => {
    expect(() => resolveSecrets({ mode: "live", PGLITE_DATA_DIR: ".data/pglite", OTP_SECRET: undefined, NEXTAUTH_SECRET: undefined })).toThrow(
      /required in live mode/,
    );
  });
});

describe("start-up on a database", () => {
  let database: TestDatabase;
  let hub: LiveHub;

  function serverContext(env: Record<string, string>, kind: "postgres" | "pglite" = database.kind): ServerContext {
    const config = parseEnv({ NODE_ENV: "test", ...env });
    const kavenegar = new KavenegarClient({ apiKey: "unused", baseUrl: "https://api.kavenegar.com", timeoutMs: 1_000 });
    return {
      database: { ...database, kind },
      db: database.prisma,
      sql: database.sql,
      kavenegar,
      mode: config.mode,
      otpSecret: "x".repeat(40),
      settings: new SettingsCache(database.sql),
      env: config,
      sandbox: null,
      hub,
      jobs: new JobQueue(database.sql),
      incidents: new IncidentObserver(database.sql, async () => {}),
      consoleUrl: "http://localhost:3000/admin/incidents",
    };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    hub = new LiveHub(database.sql);
  });
  afterAll(async () => {
    await hub.close();
    await database.drop();
  });

  it("never writes the sandbox users to a DATABASE_URL database, even in a sandbox", async () => {
    await bootstrapDatabase(serverContext({ KAVENEGAR_SANDBOX: "1" }, "postgres"));
    expect(await database.prisma.adminUser.count({ where: { email: { endsWith: "@sandbox.local" } } })).toBe(0);
  });

  it("creates them in a sandbox on the embedded database only", async () => {
    await bootstrapDatabase(serverContext({ KAVENEGAR_SANDBOX: "1" }, "pglite"));
    expect(await database.prisma.adminUser.count({ where: { email: { endsWith: "@sandbox.local" } } })).toBe(2);
  });

  it("removes them at a live start, and ADMIN_EMAIL is created although another admin exists", async () => {
    await bootstrapDatabase(
      serverContext({ KAVENEGAR_API_KEY: "live-key", ...LIVE_SECRETS, ADMIN_EMAIL: "ops@example.com", ADMIN_PASSWORD: "first-password-1" }),
    );
    expect(await database.prisma.adminUser.count({ where: { email: { endsWith: "@sandbox.local" } } })).toBe(0);
    const ops = await database.prisma.adminUser.findUniqueOrThrow({ where: { email: "ops@example.com" } });
    expect(ops.role).toBe("admin");

    // A later start with another password never overwrites the existing one.
    await bootstrapDatabase(
      serverContext({ KAVENEGAR_API_KEY: "live-key", ...LIVE_SECRETS, ADMIN_EMAIL: "ops@example.com", ADMIN_PASSWORD: "other-password-2" }),
    );
    const again = await database.prisma.adminUser.findUniqueOrThrow({ where: { email: "ops@example.com" } });
    expect(await verifyPassword("first-password-1", again.passwordHash)).toBe(true);
  });

  it("refuses the published sandbox password on a live console even if the row came back", async () => {
    await createAdminUser(database.prisma, { email: "admin@sandbox.local", password: "sandbox-admin-pass", role: "admin" });
    const live = serverContext({ KAVENEGAR_API_KEY: "live-key", ...LIVE_SECRETS });
    expect(await authenticateAdmin(live, "admin@sandbox.local", "sandbox-admin-pass", "198.51.100.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("accepts no session cookie signed with the secret that used to be hard-coded", async () => {
    process.env.NEXTAUTH_SECRET = LIVE_SECRETS.NEXTAUTH_SECRET;
    const ops = await database.prisma.adminUser.findUniqueOrThrow({ where: { email: "ops@example.com" } });
    const sid = await startSession(database.prisma, ops.id, "198.51.100.1");
    const cookie = async (secret: string, sessionId: string) =>
      new Request("http://localhost/api/admin/settings", {
        headers: { cookie: `next-auth.session-token=${await encode({ token: { sid: sessionId, email: ops.email, role: "admin" }, secret })}` },
      });

    expect(await getSessionFromRequest(database.prisma, await cookie("sandbox-nextauth-secret-not-for-production-use", sid))).toBeNull();
    expect(
      await getSessionFromRequest(database.prisma, await cookie(LIVE_SECRETS.NEXTAUTH_SECRET, "7c9e6679-7425-40de-944b-e07fc1f90ae7")),
    ).toBeNull();
    expect(await getSessionFromRequest(database.prisma, await cookie(LIVE_SECRETS.NEXTAUTH_SECRET, sid))).toMatchObject({ email: "ops@example.com" });
  });
});
