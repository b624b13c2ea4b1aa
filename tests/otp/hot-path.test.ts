// What the fast OTP path must not break (issue 10): each instance keeps the settings in memory,
// yet a change made on another instance applies to the very next request; limits hold under
// 50-way concurrency across instances; every request leaves exactly its attempt, announced.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AppContext } from "@/lib/context";
import { openDatabase, type Database } from "@/lib/db/database";
import { LiveHub } from "@/lib/events/live-hub";
import type { LiveEvent } from "@/lib/events/live-events";
import { IncidentObserver } from "@/lib/incidents/observer";
import { SANDBOX_TEMPLATE } from "@/lib/kavenegar/simulator";
import { getGlobalLimitStatus } from "@/lib/otp/global-limit";
import { globalLimitShards } from "@/lib/otp/limits";
import { requestOtp, verifyOtp } from "@/lib/otp/service";
import { listSenderLines, setActiveSender } from "@/lib/senders/store";
import { SettingsCache } from "@/lib/settings/cache";
import { defaultSettings } from "@/lib/settings/schema";
import { updateSettings } from "@/lib/settings/store";
import { outcome, tally } from "../helpers/outcomes";
import { createTestContext, lastCodeSentTo, type TestContext } from "../helpers/test-context";

let t: TestContext;
/** Instance A is t.ctx; B has its own connections and its own copy of the settings. */
let b: AppContext;
let bDatabase: Database | null = null;
let counter = 0;
const freshPhone = () => `+98936${String(counter++).padStart(7, "0")}`;

async function activate(number: string): Promise<void> {
  const line = (await listSenderLines(t.ctx.db)).find((candidate) => candidate.number === number);
  if (!line) throw new Error(`no line ${number}`);
  await setActiveSender(t.ctx.db, line.id);
}

beforeAll(async () => {
  t = await createTestContext();
  bDatabase = t.database.url ? await openDatabase({ url: t.database.url }) : null;
  const database = bDatabase ?? t.database;
  b = {
    ...t.ctx,
    db: database.prisma,
    sql: database.sql,
    settings: new SettingsCache(database.sql),
    incidents: new IncidentObserver(database.sql, async () => {}),
  };
});
afterAll(async () => {
  await bDatabase?.close();
  await t.close();
});
beforeEach(async () => {
  await t.database.sql.exec("DELETE FROM rate_limit_buckets");
  await activate("20005006666");
  const { blockedNumbers: _blocked, ...defaults } = defaultSettings;
  await updateSettings(t.ctx.db, { ...defaults, blockedNumbers: [] });
  // Both instances hold a copy of the settings, as a warm server does.
  await Promise.all([
    requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: "192.0.2.1" }),
    requestOtp(b, { phone_number: freshPhone() }, { clientAddress: "192.0.2.2" }),
  ]);
});

describe("a change on one instance, the next request on another", () => {
  it("sends from the line switched to", async () => {
    await activate("2000500666");
    const phone = freshPhone();
    await requestOtp(b, { phone_number: phone }, { clientAddress: "192.0.2.10" });
    const [attempt] = await t.ctx.sql.query<{ sender: string }>("SELECT sender FROM send_attempts WHERE phone = $1", [phone]);
    expect(attempt?.sender).toBe("2000500666");
  });

  it("applies new settings: delivery method, block list, cooldown", async () => {
    await updateSettings(t.ctx.db, { deliveryMethod: "lookup", lookupTemplate: SANDBOX_TEMPLATE });
    const lookedUp = freshPhone();
    await requestOtp(b, { phone_number: lookedUp }, { clientAddress: "192.0.2.11" });
    const [attempt] = await t.ctx.sql.query<{ method: string }>("SELECT method FROM send_attempts WHERE phone = $1", [lookedUp]);
    expect(attempt?.method).toBe("lookup");

    const blocked = freshPhone();
    await updateSettings(t.ctx.db, { blockedNumbers: [blocked] });
    expect(await outcome(requestOtp(b, { phone_number: blocked }, { clientAddress: "192.0.2.12" }))).toBe("phone_blocked");
    // And a number taken off the list may receive codes again at once.
    await updateSettings(t.ctx.db, { blockedNumbers: [] });
    expect(await outcome(requestOtp(b, { phone_number: blocked }, { clientAddress: "192.0.2.12" }))).toBe("sent");

    await updateSettings(t.ctx.db, { resendCooldownSeconds: 0 });
    const again = freshPhone();
    expect(await outcome(requestOtp(b, { phone_number: again }, { clientAddress: "192.0.2.13" }))).toBe("sent");
    expect(await outcome(requestOtp(b, { phone_number: again }, { clientAddress: "192.0.2.13" }))).toBe("sent");
  });

  it("judges a request by the limits of the moment: a stale copy takes no hit", async () => {
    await updateSettings(t.ctx.db, { phoneHourlyLimit: 2, resendCooldownSeconds: 0 });
    const phone = freshPhone();
    expect(await outcome(requestOtp(b, { phone_number: phone }, { clientAddress: "192.0.2.14" }))).toBe("sent");
    const [bucket] = await t.ctx.sql.query<{ hits: number }>("SELECT hits FROM rate_limit_buckets WHERE key = $1", [`otp:phone:hour:${phone}`]);
    expect(bucket?.hits).toBe(1);
    expect(await outcome(requestOtp(b, { phone_number: phone }, { clientAddress: "192.0.2.14" }))).toBe("sent");
    expect(await outcome(requestOtp(b, { phone_number: phone }, { clientAddress: "192.0.2.14" }))).toBe("otp_phone_hourly_limit");
  });

  it("verifies with the number of tries of the moment", async () => {
    const phone = freshPhone();
    await requestOtp(b, { phone_number: phone }, { clientAddress: "192.0.2.15" });
    const code = lastCodeSentTo(t.simulator, phone);
    const wrong = code === "000000" ? "111111" : "000000";
    await updateSettings(t.ctx.db, { maxVerifyTries: 1 });
    expect(await outcome(verifyOtp(b, { phone_number: phone, code: wrong }))).toBe("otp_invalid");
    // The one try is spent: the right code no longer opens it.
    expect(await outcome(verifyOtp(b, { phone_number: phone, code }))).toBe("otp_invalid");
  });
});

describe("the overall ceiling's shards", () => {
  it("share the ceiling exactly, none without a share", () => {
    for (const max of [1, 5, 8, 13, 1_000, 10_000_001]) {
      const shards = globalLimitShards(max);
      expect(shards.reduce((sum, shard) => sum + shard.max, 0)).toBe(max);
      expect(shards.every((shard) => shard.max >= 1)).toBe(true);
      expect(new Set(shards.map((shard) => shard.key)).size).toBe(shards.length);
    }
    expect(globalLimitShards(0)).toEqual([]);
  });
});

describe("under 50 concurrent requests", () => {
  it("lets exactly the client limit through across two instances, with the limit changed just before", async () => {
    await updateSettings(t.ctx.db, { clientLimitPer10Minutes: 7 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        outcome(requestOtp(i % 2 ? b : t.ctx, { phone_number: freshPhone() }, { clientAddress: "198.51.100.77" })),
      ),
    );
    expect(tally(results)).toEqual({ sent: 7, otp_client_limit: 43 });
  });

  it("lets exactly the overall ceiling through across two instances, though it is split into shards", async () => {
    await updateSettings(t.ctx.db, { globalHourlyLimit: 13 });
    // The warm-up's two codes count against the hour too: start it afresh.
    await t.database.sql.exec("DELETE FROM rate_limit_buckets");
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => outcome(requestOtp(i % 2 ? b : t.ctx, { phone_number: freshPhone() }, { clientAddress: `10.2.0.${i}` }))),
    );
    expect(tally(results)).toEqual({ sent: 13, otp_global_limit: 37 });
    expect(await getGlobalLimitStatus(b, 13)).toMatchObject({ used: 13, reached: true });
  });

  it("stores one attempt per request, each challenge sent, each attempt announced once", async () => {
    const hub = new LiveHub(t.ctx.sql, { lingerMs: 0 });
    const heard: LiveEvent[] = [];
    hub.listen((event) => heard.push(event));
    await hub.whenReady();
    const phones = Array.from({ length: 50 }, () => freshPhone());
    const results = await Promise.all(
      phones.map((phone, i) => outcome(requestOtp(i % 2 ? b : t.ctx, { phone_number: phone }, { clientAddress: `10.1.0.${i}` }))),
    );
    expect(tally(results)).toEqual({ sent: 50 });

    const rows = await t.ctx.sql.query<{ phone: string; attempts: number | string; sent_challenges: number | string }>(
      `SELECT c.phone, count(a.id) AS attempts, count(*) FILTER (WHERE c.status = 'sent') AS sent_challenges
       FROM otp_challenges c LEFT JOIN send_attempts a ON a.challenge_id = c.id
       WHERE c.phone = ANY($1::text[]) GROUP BY c.phone`,
      [phones],
    );
    expect(rows).toHaveLength(50);
    for (const row of rows) expect([Number(row.attempts), Number(row.sent_challenges)]).toEqual([1, 1]);

    await expect.poll(() => heard.filter((event) => event.type === "attempt" && phones.includes(event.attempt.phone)).length).toBe(50);
    const announced = heard.flatMap((event) => (event.type === "attempt" ? [event.attempt] : []));
    expect(announced.find((attempt) => attempt.phone === phones[0])).toMatchObject({ outcome: "sent", sender: "20005006666", purpose: "otp" });
    await hub.close();
  });
});
