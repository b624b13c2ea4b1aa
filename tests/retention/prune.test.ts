// Bounded growth (issue 10): what is older than Settings keep goes, in batches, and nothing newer.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneOldRows } from "@/lib/retention/prune";
import { defaultSettings } from "@/lib/settings/schema";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
const now = new Date("2026-11-29T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();

async function count(table: string): Promise<number> {
  const [row] = await database.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row?.n ?? 0;
}

beforeAll(async () => {
  database = await createTestDatabase();
  // 25 challenges 40 days old and 5 from yesterday; 30 attempts 400 days old and 7 recent, one
  // of them (kept) pointing at an old challenge (deleted).
  const oldChallenges = Array.from({ length: 25 }, () => randomUUID());
  const recentChallenges = Array.from({ length: 5 }, () => randomUUID());
  await database.sql.query(
    `INSERT INTO otp_challenges (id, phone, code_hash, expires_at, status, failed_tries, created_at, updated_at)
     SELECT id, '+989120000000', 'x', at, 'sent', 0, at, at FROM unnest($1::uuid[], $2::timestamptz[]) AS t(id, at)`,
    [
      [...oldChallenges, ...recentChallenges],
      [...oldChallenges.map(() => daysAgo(40)), ...recentChallenges.map(() => daysAgo(1))],
    ],
  );
  const attempt = (at: string, challenge: string | null) =>
    database.sql.query(
      `INSERT INTO send_attempts (phone, method, purpose, outcome, latency_ms, created_at, challenge_id)
       VALUES ('+989120000000', 'sms', 'otp', 'sent', 1, $1, $2::uuid)`,
      [at, challenge],
    );
  for (let i = 0; i < 30; i++) await attempt(daysAgo(400 - i / 100), null);
  for (let i = 0; i < 6; i++) await attempt(daysAgo(10), null);
  await attempt(daysAgo(39), oldChallenges[0] ?? null);
  await database.sql.query(
    `INSERT INTO rate_limit_buckets (key, window_started_at, window_seconds, hits) VALUES
       ('spent', $1, 600, 3), ('long-window', $1, 604800, 3), ('current', $2, 3600, 1)`,
    [daysAgo(2), daysAgo(0.01)],
  );
});
afterAll(async () => {
  await database.drop();
});

describe("pruneOldRows", () => {
  it("stops at its budget and goes on where it stopped", async () => {
    const first = await pruneOldRows(database.sql, defaultSettings, { now, batchSize: 10, budgetMs: 0 });
    expect(first).toMatchObject({ attempts: 0, done: false });
  });

  it("deletes what is older than kept, in batches, and keeps the rest", async () => {
    const result = await pruneOldRows(database.sql, defaultSettings, { now, batchSize: 10 });
    expect(result).toEqual({ attempts: 30, challenges: 25, deliveries: 0, buckets: 1, done: true });
    expect(await count("send_attempts")).toBe(7);
    expect(await count("otp_challenges")).toBe(5);
    // The kept attempt of a deleted challenge lost only the link.
    const [orphan] = await database.sql.query<{ challenge_id: string | null }>("SELECT challenge_id FROM send_attempts WHERE created_at < $1", [
      daysAgo(30),
    ]);
    expect(orphan).toEqual({ challenge_id: null });
    const buckets = await database.sql.query<{ key: string }>("SELECT key FROM rate_limit_buckets ORDER BY key");
    expect(buckets.map((bucket) => bucket.key)).toEqual(["current", "long-window"]);
  });

  it("follows the settings", async () => {
    const result = await pruneOldRows(database.sql, { ...defaultSettings, keepAttemptsDays: 7, keepChallengesDays: 1 }, { now });
    expect(result).toMatchObject({ attempts: 7, challenges: 0, done: true });
    expect(await count("send_attempts")).toBe(0);
  });
});
