// Finding 4: what an OTP request may cost. Every limit is one PostgreSQL statement, so 50
// or 100 requests at once never pass more than the limit, whichever instance serves them.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LiveHub } from "@/lib/events/live-hub";
import type { LiveEvent } from "@/lib/events/live-events";
import { errorResponse } from "@/lib/http/errors";
import { looksLikeUndeclaredProxy, recentClientSpread } from "@/lib/otp/client-spread";
import { listOpenIncidents } from "@/lib/incidents/store";
import { getGlobalLimitStatus } from "@/lib/otp/global-limit";
import { createProofOfWorkChallenge } from "@/lib/otp/proof-of-work";
import { requestOtp } from "@/lib/otp/service";
import { listSenderLines, setActiveSender } from "@/lib/senders/store";
import { changeSettings } from "@/lib/settings/admin";
import { defaultSettings } from "@/lib/settings/schema";
import { updateSettings } from "@/lib/settings/store";
import { outcome, tally } from "../helpers/outcomes";
import { createTestContext, type TestContext } from "../helpers/test-context";

let t: TestContext;
let counter = 0;
/** A phone nobody has used in this file. */
const freshPhone = () => `+98935${String(counter++).padStart(7, "0")}`;
const admin = { email: "admin@example.test", clientAddress: "192.0.2.1" };

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  await t.database.sql.exec("DELETE FROM rate_limit_buckets");
  t.simulator.state.clearFaults();
  const { blockedNumbers: _blocked, ...defaults } = defaultSettings;
  await updateSettings(t.ctx.db, { ...defaults, blockedNumbers: [] });
});

describe("per client address", () => {
  it("lets exactly 20 of 50 simultaneous requests from one client through (20 in 10 minutes)", async () => {
    const before = t.simulator.outbox().length;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => outcome(requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: "198.51.100.50" }))),
    );
    expect(tally(results)).toEqual({ sent: 20, otp_client_limit: 30 });
    expect(t.simulator.outbox().length - before).toBe(20);
  });

  it("allows 100 a day: the 10-minute window refills, the day does not", async () => {
    await updateSettings(t.ctx.db, { clientLimitPer10Minutes: 40 });
    const start = Date.now();
    const codes: string[] = [];
    for (let window = 0; window < 3; window++) {
      const at = new Date(start + window * 11 * 60_000);
      codes.push(
        ...(await Promise.all(
          Array.from({ length: 40 }, () => outcome(requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: "198.51.100.51" }, at))),
        )),
      );
    }
    expect(tally(codes)).toEqual({ sent: 100, otp_client_daily_limit: 20 });
  });
});

describe("per phone", () => {
  it("lets exactly 5 of 50 simultaneous requests for one phone through when there is no cooldown", async () => {
    await updateSettings(t.ctx.db, { resendCooldownSeconds: 0, clientLimitPer10Minutes: 0 });
    const phone = freshPhone();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => outcome(requestOtp(t.ctx, { phone_number: phone }, { clientAddress: `203.0.113.${i}` }))),
    );
    expect(tally(results)).toEqual({ sent: 5, otp_phone_hourly_limit: 45 });
  });

  it("caps a phone at 10 a day across hours", async () => {
    await updateSettings(t.ctx.db, { resendCooldownSeconds: 0 });
    const phone = freshPhone();
    const start = Date.now();
    const codes: string[] = [];
    for (let hour = 0; hour < 3; hour++) {
      for (let i = 0; i < 5; i++)
        codes.push(
          await outcome(
            requestOtp(t.ctx, { phone_number: phone }, { clientAddress: `203.0.113.${hour * 5 + i}` }, new Date(start + hour * 3_601_000)),
          ),
        );
    }
    expect(tally(codes)).toEqual({ sent: 10, otp_phone_daily_limit: 5 });
  });

  it("starts the cooldown after a refused and after a timed-out send too", async () => {
    const bad = (await listSenderLines(t.ctx.db)).find((line) => line.number === "10008663");
    const good = (await listSenderLines(t.ctx.db)).find((line) => line.number === "20005006666");
    await setActiveSender(t.ctx.db, bad!.id);
    const refused = freshPhone();
    expect(await outcome(requestOtp(t.ctx, { phone_number: refused }, { clientAddress: "203.0.113.80" }))).toBe("sender_invalid");
    await setActiveSender(t.ctx.db, good!.id);
    expect(await outcome(requestOtp(t.ctx, { phone_number: refused }, { clientAddress: "203.0.113.80" }))).toBe("otp_cooldown");

    t.simulator.state.injectFault({ scope: "sms", method: "send", hang: true, times: 1 });
    const timedOut = freshPhone();
    expect(await outcome(requestOtp(t.ctx, { phone_number: timedOut }, { clientAddress: "203.0.113.81" }))).toBe("provider_timeout");
    expect(await outcome(requestOtp(t.ctx, { phone_number: timedOut }, { clientAddress: "203.0.113.81" }))).toBe("otp_cooldown");
  });
});

describe("overall", () => {
  it("lets exactly the hourly ceiling through 100 simultaneous requests, and tells every console", async () => {
    await updateSettings(t.ctx.db, { globalHourlyLimit: 30 });
    const hub = new LiveHub(t.ctx.sql, { lingerMs: 0 });
    const heard: LiveEvent[] = [];
    hub.listen((event) => heard.push(event));
    await hub.whenReady();

    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => outcome(requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: `10.${i}.0.1` }))),
    );
    expect(tally(results)).toEqual({ sent: 30, otp_global_limit: 70 });
    await expect.poll(() => heard.some((event) => event.type === "incident" && event.incident.kind === "global_limit")).toBe(true);
    expect(await getGlobalLimitStatus(t.ctx, 30)).toMatchObject({ max: 30, used: 30, reached: true });
    // One incident however many requests were refused.
    expect((await listOpenIncidents(t.ctx.sql)).filter((incident) => incident.kind === "global_limit")).toHaveLength(1);
    expect(t.announced.filter(({ change, incident }) => change === "opened" && incident.kind === "global_limit")).toHaveLength(1);
    await hub.close();
  });

  it("is off at 0", async () => {
    await updateSettings(t.ctx.db, { globalHourlyLimit: 0 });
    expect(await getGlobalLimitStatus(t.ctx, 0)).toMatchObject({ max: 0, reached: false });
    expect(await outcome(requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: "10.200.0.1" }))).toBe("sent");
  });
});

describe("answers", () => {
  it.each([
    "otp_cooldown",
    "otp_phone_hourly_limit",
    "otp_phone_daily_limit",
    "otp_client_limit",
    "otp_client_daily_limit",
    "otp_global_limit",
  ] as const)("%s is a 429 with Retry-After and retry_after", async (code) => {
    const { limitError } = await import("@/lib/otp/limits");
    const response = errorResponse(limitError({ allowed: false, name: code, retryAfterSeconds: 42 }, defaultSettings));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("42");
    expect(await response.json()).toMatchObject({ code, retry_after: 42, detail: expect.any(String) });
  });
});

describe("the block list", () => {
  it("refuses listed numbers and prefixes, sending nothing", async () => {
    const settings = await changeSettings(t.ctx.db, admin, { blockedNumbers: ["0990 123 4567", "+98991"] });
    expect(settings.blockedNumbers).toEqual(["+989901234567", "+98991"]);
    const before = t.simulator.outbox().length;
    for (const phone of ["+989901234567", "09911112222"]) {
      const normalized = phone.startsWith("0") ? `+98${phone.slice(1)}` : phone;
      expect(await outcome(requestOtp(t.ctx, { phone_number: normalized }, { clientAddress: "192.0.2.77" }))).toBe("phone_blocked");
    }
    expect(await outcome(requestOtp(t.ctx, { phone_number: "+989901234568" }, { clientAddress: "192.0.2.77" }))).toBe("sent");
    expect(t.simulator.outbox().length - before).toBe(1);
    const audit = await t.ctx.db.auditEntry.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({
      actorEmail: admin.email,
      clientAddress: admin.clientAddress,
      after: { blockedNumbers: ["+989901234567", "+98991"] },
    });
  });

  it("names an entry it cannot read", async () => {
    await expect(changeSettings(t.ctx.db, admin, { blockedNumbers: ["hello"] })).rejects.toThrow(/"hello" is not a mobile number/);
  });
});

describe("proof of work (ALTCHA)", () => {
  it("when on, wants a solved challenge, accepts it once, and refuses a forged one", async () => {
    await changeSettings(t.ctx.db, admin, { proofOfWork: true });
    expect(await outcome(requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: "192.0.2.90" }))).toBe("challenge_required");

    const challenge = await createProofOfWorkChallenge(t.ctx);
    const solution = await solveChallenge({ challenge, deriveKey });
    expect(solution).not.toBeNull();
    const altcha = Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
    expect(await outcome(requestOtp(t.ctx, { phone_number: freshPhone(), altcha }, { clientAddress: "192.0.2.90" }))).toBe("sent");
    expect(await outcome(requestOtp(t.ctx, { phone_number: freshPhone(), altcha }, { clientAddress: "192.0.2.90" }))).toBe("challenge_invalid");

    const forged = Buffer.from(JSON.stringify({ challenge: { ...challenge, signature: "0".repeat(64) }, solution })).toString("base64");
    expect(await outcome(requestOtp(t.ctx, { phone_number: freshPhone(), altcha: forged }, { clientAddress: "192.0.2.90" }))).toBe(
      "challenge_invalid",
    );
    expect(await outcome(requestOtp(t.ctx, { phone_number: freshPhone(), altcha: "not base64 json" }, { clientAddress: "192.0.2.90" }))).toBe(
      "challenge_invalid",
    );
  }, 60_000);
});

describe("an undeclared proxy", () => {
  it("is suspected when every recent request comes from one address", async () => {
    await t.ctx.db.otpChallenge.deleteMany();
    await updateSettings(t.ctx.db, { clientLimitPer10Minutes: 0, clientDailyLimit: 0 });
    for (let i = 0; i < 20; i++) await requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: "10.0.0.5" });
    expect(looksLikeUndeclaredProxy(await recentClientSpread(t.ctx))).toBe(true);
    await requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: "198.51.100.3" });
    expect(looksLikeUndeclaredProxy(await recentClientSpread(t.ctx))).toBe(false);
  });
});
