// Finding 3 and the session half of 8: sign-in tries are reserved before the password is
// checked, per email and per client address; a session ends the moment it should.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateAdmin } from "@/lib/auth/authenticate";
import { sameOriginRedirect } from "@/lib/auth/redirects";
import { getSessionFromRequest } from "@/lib/auth/session";
import { endSession, startSession } from "@/lib/auth/sessions";
import { MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_EMAIL } from "@/lib/auth/sign-in-throttle";
import { createAdminUser, removeAdminUser, setAdminPassword, setAdminRole } from "@/lib/auth/users";
import { createAttemptEventStream } from "@/lib/events/event-stream";
import { LiveHub } from "@/lib/events/live-hub";
import { insertAdminUser } from "../helpers/admin-users";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const SECRET = "sign-in-test-secret-0123456789abcdef0123";
let database: TestDatabase;
const ctx = () => ({ db: database.prisma, sql: database.sql, mode: "live" as const });

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe("sign-in tries", () => {
  it("let 50 parallel guesses check the password at most 5 times, the right one at guess 25 included", async () => {
    await createAdminUser(database.prisma, { email: "target@example.com", password: "the-right-password", role: "admin" });
    const guesses = Array.from({ length: 50 }, (_, i) => (i === 24 ? "the-right-password" : `wrong-${i}`));
    const results = await Promise.all(guesses.map((password, i) => authenticateAdmin(ctx(), "target@example.com", password, `203.0.113.${i + 1}`)));
    const checked = results.filter((result) => result.ok || result.reason === "invalid");
    expect(checked.length).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
    expect(results.filter((result) => !result.ok && result.reason === "throttled").length).toBeGreaterThanOrEqual(50 - MAX_FAILURES_PER_EMAIL);
  });

  it("count per client address, so made-up addresses from one client do not help and one address does not lock out another", async () => {
    // Through the front door every guess carries the socket's address, whatever X-Forwarded-For says.
    const attacker = "198.51.100.66";
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => authenticateAdmin(ctx(), `nobody-${i}@example.com`, "guess", attacker)));
    expect(results.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_CLIENT);
    await createAdminUser(database.prisma, { email: "real@example.com", password: "real-admin-password", role: "admin" });
    expect(await authenticateAdmin(ctx(), "real@example.com", "real-admin-password", "192.0.2.10")).toMatchObject({ ok: true });
  });

  it("give a right password's try back, so only failures count", async () => {
    await createAdminUser(database.prisma, { email: "busy@example.com", password: "busy-admin-password", role: "admin" });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL + 3; i++) {
      expect(await authenticateAdmin(ctx(), "busy@example.com", "busy-admin-password", "192.0.2.20")).toMatchObject({ ok: true });
    }
  });
});

describe("sessions", () => {
  async function sessionFor(email: string): Promise<{ sid: string; request: Request }> {
    const user = await database.prisma.adminUser.findUniqueOrThrow({ where: { email } });
    const sid = await startSession(database.prisma, user.id, "192.0.2.30");
    const token = await encode({ token: { sid }, secret: SECRET });
    return { sid, request: new Request("http://localhost/api/admin/settings", { headers: { cookie: `next-auth.session-token=${token}` } }) };
  }

  it("end at sign-out, on removal, on demotion and on a password change", async () => {
    await insertAdminUser(database.prisma, { email: "ends@example.com", role: "admin" });

    const signedOut = await sessionFor("ends@example.com");
    expect(await getSessionFromRequest(database.prisma, signedOut.request)).toMatchObject({ role: "admin" });
    await endSession(database.prisma, signedOut.sid);
    expect(await getSessionFromRequest(database.prisma, signedOut.request)).toBeNull();

    const demoted = await sessionFor("ends@example.com");
    await setAdminRole(database.prisma, "ends@example.com", "viewer");
    expect(await getSessionFromRequest(database.prisma, demoted.request)).toBeNull();

    const rekeyed = await sessionFor("ends@example.com");
    await setAdminPassword(database.prisma, "ends@example.com", "a-new-password-123");
    expect(await getSessionFromRequest(database.prisma, rekeyed.request)).toBeNull();

    const removed = await sessionFor("ends@example.com");
    await removeAdminUser(database.prisma, "ends@example.com");
    expect(await getSessionFromRequest(database.prisma, removed.request)).toBeNull();
  });

  it("close an open live stream once the user is removed", async () => {
    await insertAdminUser(database.prisma, { email: "watcher@example.com", role: "viewer" });
    const { sid } = await sessionFor("watcher@example.com");
    const hub = new LiveHub(database.sql, { lingerMs: 0 });
    const { findSessionUser } = await import("@/lib/auth/sessions");
    const stream = createAttemptEventStream({
      hub,
      db: database.prisma,
      signal: new AbortController().signal,
      lastEventId: null,
      sessionHolds: async () => (await findSessionUser(database.prisma, sid)) !== null,
      recheckMs: 100,
    });
    const reader = stream.getReader();
    await reader.read();
    await removeAdminUser(database.prisma, "watcher@example.com");
    const deadline = Date.now() + 3_000;
    let done = false;
    while (!done && Date.now() < deadline) done = (await reader.read()).done;
    expect(done).toBe(true);
    await hub.close();
  });
});

describe("redirects after sign-in and sign-out", () => {
  it.each([
    ["/admin/senders", "https://otp.example.com/admin/senders"],
    ["https://otp.example.com/admin", "https://otp.example.com/admin"],
    ["https://evil.example/phish", "https://otp.example.com/signin"],
    ["//evil.example/phish", "https://otp.example.com/signin"],
    ["/\\evil.example", "https://otp.example.com/signin"],
    ["http://[", "https://otp.example.com/signin"],
    ["javascript:alert(1)", "https://otp.example.com/signin"],
  ])("%s → %s", (url, expected) => {
    expect(sameOriginRedirect(url, "https://otp.example.com")).toBe(expected);
  });
});
