import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordSendAttempt } from "@/lib/delivery/attempts";
import { createAttemptEventStream, parseLastEventId } from "@/lib/events/event-stream";
import { LiveHub } from "@/lib/events/live-hub";
import { failedSendAttempt } from "../helpers/send-attempts";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

/** Reads the stream until `done` says the text so far is enough. */
async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, done: (text: string) => boolean): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 5_000;
  while (!done(text)) {
    if (Date.now() > deadline) throw new Error(`timed out; got:\n${text}`);
    const chunk = await reader.read();
    if (chunk.done) break;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text;
}

function attemptEvents(text: string): { id: string; data: { id: string; providerStatus: number | null } }[] {
  return text
    .split("\n\n")
    .filter((block) => block.includes("event: attempt"))
    .map((block) => {
      const line = (prefix: string) =>
        block
          .split("\n")
          .find((l) => l.startsWith(prefix))
          ?.slice(prefix.length) ?? "";
      return { id: line("id: "), data: JSON.parse(line("data: ")) };
    });
}

describe("attempt event stream", () => {
  let database: TestDatabase;
  let hub: LiveHub;
  const ctx = () => ({ db: database.prisma, sql: database.sql });

  beforeAll(async () => {
    database = await createTestDatabase();
    hub = new LiveHub(database.sql, { lingerMs: 0 });
  });
  afterAll(async () => {
    await hub.close();
    await database.drop();
  });

  it("opens with a retry line, says when it is ready, sends each attempt, and lets go on abort", async () => {
    const abort = new AbortController();
    const reader = createAttemptEventStream({
      hub,
      db: database.prisma,
      signal: abort.signal,
      lastEventId: null,
      sessionHolds: async () => true,
    }).getReader();

    const opening = await readUntil(reader, (text) => text.includes("event: ready"));
    expect(opening).toMatch(/^: connected\nretry: \d+\n\n/);
    expect(opening).not.toMatch(/^id:/m); // no attempt yet to resume from
    expect(hub.listenerCount).toBe(1);

    const stored = await recordSendAttempt(ctx(), failedSendAttempt());
    const text = await readUntil(reader, (t) => t.includes("event: attempt"));
    expect(attemptEvents(text)).toEqual([{ id: stored.id, data: expect.objectContaining({ id: stored.id, providerStatus: 412 }) }]);

    abort.abort();
    expect(hub.listenerCount).toBe(0);
    await expect(reader.read()).resolves.toMatchObject({ done: true });
  });

  it("gives the ready event the newest attempt's id, so that a quiet stream can resume", async () => {
    const latest = await recordSendAttempt(ctx(), failedSendAttempt());
    const abort = new AbortController();
    const reader = createAttemptEventStream({
      hub,
      db: database.prisma,
      signal: abort.signal,
      lastEventId: null,
      sessionHolds: async () => true,
    }).getReader();
    const text = await readUntil(reader, (t) => t.includes("event: ready"));
    expect(text).toContain(`id: ${latest.id}\nevent: ready\n`);
    abort.abort();
  });

  it("replays what a reconnecting browser missed after its Last-Event-ID", async () => {
    const seen = await recordSendAttempt(ctx(), failedSendAttempt());
    const missed1 = await recordSendAttempt(ctx(), failedSendAttempt({ outcome: "sent", providerStatus: 200, errorCode: null }));
    const missed2 = await recordSendAttempt(ctx(), failedSendAttempt({ providerStatus: 418, errorCode: "provider_no_credit" }));

    const abort = new AbortController();
    const reader = createAttemptEventStream({
      hub,
      db: database.prisma,
      signal: abort.signal,
      lastEventId: BigInt(seen.id),
      sessionHolds: async () => true,
    }).getReader();
    const text = await readUntil(reader, (t) => attemptEvents(t).length >= 2);
    expect(attemptEvents(text).map((event) => event.id)).toEqual([missed1.id, missed2.id]);
    abort.abort();
  });

  it("ends after its maximum age, so that the browser reconnects and the session is checked again", async () => {
    const abort = new AbortController();
    const reader = createAttemptEventStream({
      hub,
      db: database.prisma,
      signal: abort.signal,
      sessionHolds: async () => true,
      lastEventId: null,
      maxAgeMs: 200,
    }).getReader();
    await readUntil(reader, () => false).catch(() => {});
    expect(hub.listenerCount).toBe(0);
  });

  it("reads only numeric Last-Event-IDs", () => {
    expect(parseLastEventId("42")).toBe(42n);
    expect(parseLastEventId(null)).toBeNull();
    expect(parseLastEventId("abc")).toBeNull();
    expect(parseLastEventId("1; DROP")).toBeNull();
  });
});
