import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type Database } from "@/lib/db/database";
import { recordSendAttempt } from "@/lib/delivery/attempts";
import { LiveHub } from "@/lib/events/live-hub";
import type { LiveEvent } from "@/lib/events/live-events";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { failedSendAttempt } from "../helpers/send-attempts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

/** The attempts among the live events. */
const onAttempt = (listener: (event: SendAttempt) => void) => (event: LiveEvent) => {
  if (event.type === "attempt") listener(event.attempt);
};

const onServer = Boolean(process.env.TEST_DATABASE_URL?.trim());

describe(`live hub on ${onServer ? "PostgreSQL" : "PGlite"}`, () => {
  let database: TestDatabase;
  const hubs: LiveHub[] = [];
  const extraConnections: Database[] = [];

  const newHub = (sql = database.sql, options: ConstructorParameters<typeof LiveHub>[1] = {}) => {
    const hub = new LiveHub(sql, { lingerMs: 0, ...options });
    hubs.push(hub);
    return hub;
  };
  const ctx = () => ({ db: database.prisma, sql: database.sql });

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(hubs.splice(0).map((hub) => hub.close()));
  });
  afterAll(async () => {
    await Promise.all(extraConnections.map((connection) => connection.close()));
    await database.drop();
  });

  it("delivers a recorded attempt to every listener, with the stored row's fields", async () => {
    const hub = newHub();
    const first: SendAttempt[] = [];
    const second: SendAttempt[] = [];
    hub.listen(onAttempt((event) => first.push(event)));
    hub.listen(onAttempt((event) => second.push(event)));
    await hub.whenReady();

    const attempt = await recordSendAttempt(ctx(), failedSendAttempt());
    await vi.waitFor(() => expect([first.length, second.length]).toEqual([1, 1]));

    expect(first[0]).toEqual({
      id: attempt.id,
      phone: "+989123456789",
      sender: "10008663",
      method: "sms",
      purpose: "otp",
      outcome: "failed",
      providerStatus: 412,
      providerMessage: "ارسال کننده نامعتبر است",
      errorCode: "sender_invalid",
      errorDetail: "Invalid sender",
      messageId: null,
      cost: null,
      latencyMs: 12,
      challengeId: null,
      deliveryStatus: null,
      deliveryStatusAt: null,
      createdAt: attempt.createdAt,
    });
    expect(first[0]).toEqual(attempt);
    expect(second[0]).toEqual(first[0]);
  });

  it("delivers successes too, in order", async () => {
    const hub = newHub();
    const events: SendAttempt[] = [];
    hub.listen(onAttempt((event) => events.push(event)));
    await hub.whenReady();

    await recordSendAttempt(ctx(), failedSendAttempt());
    await recordSendAttempt(
      ctx(),
      failedSendAttempt({
        sender: "20005006666",
        outcome: "sent",
        providerStatus: 200,
        providerMessage: "تایید شد",
        errorCode: null,
        errorDetail: null,
      }),
    );
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events.map((event) => [event.outcome, event.providerStatus])).toEqual([
      ["failed", 412],
      ["sent", 200],
    ]);
  });

  it("stops delivering to a removed listener, unsubscribes after the last one, and subscribes again", async () => {
    const hub = newHub();
    const kept: SendAttempt[] = [];
    const removed: SendAttempt[] = [];
    const removeKept = hub.listen(onAttempt((event) => kept.push(event)));
    const remove = hub.listen(onAttempt((event) => removed.push(event)));
    await hub.whenReady();
    remove();
    expect(hub.listenerCount).toBe(1);

    await recordSendAttempt(ctx(), failedSendAttempt());
    await vi.waitFor(() => expect(kept).toHaveLength(1));
    expect(removed).toEqual([]);
    expect(await listeningConnections(database)).toBe(1);

    removeKept();
    await vi.waitFor(async () => expect(await listeningConnections(database)).toBe(0));

    const again: SendAttempt[] = [];
    hub.listen(onAttempt((event) => again.push(event)));
    await hub.whenReady();
    await recordSendAttempt(ctx(), failedSendAttempt());
    await vi.waitFor(() => expect(again).toHaveLength(1));
    expect(kept).toHaveLength(1);
  });

  it("survives a listener that throws and a malformed notification", async () => {
    const hub = newHub();
    const events: SendAttempt[] = [];
    hub.listen(() => {
      throw new Error("broken SSE connection");
    });
    hub.listen(onAttempt((event) => events.push(event)));
    await hub.whenReady();

    await database.sql.query("SELECT pg_notify('otp_live_events', 'not json')");
    await database.sql.query(`SELECT pg_notify('otp_live_events', '{"type": "attempt", "attempt": {"id": 1}}')`);
    await recordSendAttempt(ctx(), failedSendAttempt());
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]?.providerStatus).toBe(412);
  });

  it("keeps its liveness probes to itself", async () => {
    const hub = newHub(database.sql, { probeIntervalMs: 30, probeTimeoutMs: 1_000 });
    const other = newHub(database.sql, { probeIntervalMs: 30, probeTimeoutMs: 1_000 });
    const events: SendAttempt[] = [];
    hub.listen(onAttempt((event) => events.push(event)));
    other.listen(onAttempt((event) => events.push(event)));
    await Promise.all([hub.whenReady(), other.whenReady()]);

    // Each hub proves its connection alive with a probe of its own every 30 ms; none reaches a listener.
    expect(await probesSeen(database, 4)).toBeGreaterThanOrEqual(4);
    expect(events).toEqual([]);
    await recordSendAttempt(ctx(), failedSendAttempt());
    await vi.waitFor(() => expect(events).toHaveLength(2));
  });

  it.runIf(onServer)("reaches another app instance that shares the database", async () => {
    if (!database.url) throw new Error("expected a server database");
    const otherInstance = await openDatabase({ url: database.url });
    extraConnections.push(otherInstance);
    const hub = newHub(otherInstance.sql);
    const events: SendAttempt[] = [];
    hub.listen(onAttempt((event) => events.push(event)));
    await hub.whenReady();

    const attempt = await recordSendAttempt(ctx(), failedSendAttempt({ phone: "+989121111111" }));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]).toMatchObject({ id: attempt.id, phone: "+989121111111", providerStatus: 412 });
  });

  it.runIf(onServer)("resubscribes when its LISTEN connection is killed", async () => {
    const hub = newHub(database.sql, { probeIntervalMs: 50, probeTimeoutMs: 200 });
    const events: SendAttempt[] = [];
    hub.listen(onAttempt((event) => events.push(event)));
    await hub.whenReady();

    const [killed] = await database.sql.query<{ pid: number }>(
      `SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
    );
    expect(killed).toBeDefined();
    await waitForNewListener(database, killed?.pid ?? 0);

    await hub.whenReady();
    await recordSendAttempt(ctx(), failedSendAttempt({ phone: "+989122222222" }));
    await vi.waitFor(() => expect(events).toHaveLength(1));
    expect(events[0]?.phone).toBe("+989122222222");
  });
});

async function waitForNewListener(database: Database, killedPid: number): Promise<void> {
  await vi.waitFor(
    async () => {
      const rows = await database.sql.query(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> $1`,
        [killedPid],
      );
      expect(rows.length).toBeGreaterThan(0);
    },
    { timeout: 5_000 },
  );
}

/** Waits until `count` liveness probes have gone over the database's notification channel. */
async function probesSeen(database: Database, count: number): Promise<number> {
  let seen = 0;
  const stop = await database.sql.listen("otp_live_events", (payload) => {
    if (payload.startsWith('{"liveHubProbe"')) seen++;
  });
  try {
    await vi.waitFor(() => expect(seen).toBeGreaterThanOrEqual(count), { timeout: 15_000 });
    return seen;
  } finally {
    await stop();
  }
}
/** LISTENs held on the database: PGlite has one session, a server one connection per LISTEN. */
async function listeningConnections(database: Database): Promise<number> {
  const rows =
    database.kind === "pglite"
      ? await database.sql.query("SELECT pg_listening_channels()")
      : await database.sql.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`);
  return rows.length;
}
