import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { requestOtp, verifyOtp } from "@/lib/otp/service";
import { listSenderLines, setActiveSender } from "@/lib/senders/store";
import { updateSettings } from "@/lib/settings/store";
import { createTestContext, lastCodeSentTo, type TestContext } from "../helpers/test-context";

let t: TestContext;
let phoneCounter = 0;
const caller = { clientAddress: "203.0.113.10" };
const nextPhone = () => `+98912000${String(1000 + phoneCounter++).padStart(4, "0")}`;

async function activate(number: string) {
  const line = (await listSenderLines(t.ctx.db)).find((l) => l.number === number);
  if (!line) throw new Error(`no line ${number}`);
  await setActiveSender(t.ctx.db, line.id);
}

async function failure(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  t = await createTestContext();
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  t.simulator.state.clearFaults();
  await activate("20005006666");
  // The per-client limits have tests of their own (tests/security); here every request is from one caller.
  await updateSettings(t.ctx.db, {
    failover: "off",
    deliveryMethod: "sms",
    resendCooldownSeconds: 60,
    clientLimitPer10Minutes: 0,
    clientDailyLimit: 0,
  });
});

describe("requestOtp", () => {
  it("sends a code from the active line and answers the documented body", async () => {
    const phone = nextPhone();
    const answer = await requestOtp(t.ctx, { phone_number: phone }, caller);
    expect(answer).toEqual({ phone_number: phone, message: "OTP sent successfully", expires_in: 300 });

    const sms = t.simulator.outbox().at(-1);
    expect(sms?.sender).toBe("20005006666");
    expect(sms?.message).toMatch(/\b\d{6}\b/);

    const attempt = await t.ctx.db.sendAttempt.findFirstOrThrow({ where: { phone }, include: { challenge: true } });
    expect(attempt).toMatchObject({
      sender: "20005006666",
      method: "sms",
      purpose: "otp",
      outcome: "sent",
      providerStatus: 200,
      providerMessage: "تایید شد",
    });
    expect(attempt.messageId).toBe(String(sms?.messageid));
    expect(attempt.cost).toBeGreaterThan(0);
    expect(attempt.latencyMs).toBeGreaterThanOrEqual(0);
    expect(attempt.challenge?.status).toBe("sent");
    // Only an HMAC is stored, never the code.
    expect(attempt.challenge?.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(attempt.challenge?.codeHash).not.toContain(lastCodeSentTo(t.simulator, phone));
  });

  it("answers sender_invalid on the seed's 412 and keeps the failed attempt", async () => {
    await activate("10008663");
    const phone = nextPhone();
    const error = await failure(requestOtp(t.ctx, { phone_number: phone }, caller));
    expect(error.code).toBe("sender_invalid");
    expect(error.detail).toBe("Sender number is invalid. Please contact support.");

    const attempt = await t.ctx.db.sendAttempt.findFirstOrThrow({ where: { phone } });
    expect(attempt).toMatchObject({
      sender: "10008663",
      outcome: "failed",
      providerStatus: 412,
      providerMessage: "ارسال کننده نامعتبر است",
      errorCode: "sender_invalid",
    });
    expect(attempt.providerResponse).toEqual({ return: { status: 412, message: "ارسال کننده نامعتبر است" }, entries: null });
    const line = (await listSenderLines(t.ctx.db)).find((l) => l.number === "10008663");
    expect(line?.lastFailureCode).toBe(412);
    expect(line?.lastFailureAt).toBeInstanceOf(Date);
  });

  it("uses a newly activated line on the very next request", async () => {
    await updateSettings(t.ctx.db, { resendCooldownSeconds: 0 });
    await activate("10008663");
    const phone = nextPhone();
    expect((await failure(requestOtp(t.ctx, { phone_number: phone }, caller))).code).toBe("sender_invalid");
    await activate("20005006666");
    await expect(requestOtp(t.ctx, { phone_number: phone }, caller)).resolves.toMatchObject({ message: "OTP sent successfully" });
    const attempts = await t.ctx.db.sendAttempt.findMany({ where: { phone }, orderBy: { id: "asc" } });
    expect(attempts.map((a) => [a.sender, a.providerStatus])).toEqual([
      ["10008663", 412],
      ["20005006666", 200],
    ]);
  });

  it("routes around a refused line when failover allows it", async () => {
    await activate("10008663");
    await updateSettings(t.ctx.db, { failover: "next_line" });
    const phone = nextPhone();
    await expect(requestOtp(t.ctx, { phone_number: phone }, caller)).resolves.toMatchObject({ message: "OTP sent successfully" });
    const attempts = await t.ctx.db.sendAttempt.findMany({ where: { phone }, orderBy: { id: "asc" } });
    expect(attempts[0]).toMatchObject({ sender: "10008663", providerStatus: 412, outcome: "failed" });
    expect(attempts.at(-1)).toMatchObject({ outcome: "sent" });
    expect(attempts.at(-1)?.sender).not.toBe("10008663");
  });

  it("falls back to the verify/lookup template when allowed", async () => {
    await activate("10008663");
    await updateSettings(t.ctx.db, { failover: "lookup", lookupTemplate: "otp-login" });
    const phone = nextPhone();
    await requestOtp(t.ctx, { phone_number: phone }, caller);
    const attempts = await t.ctx.db.sendAttempt.findMany({ where: { phone }, orderBy: { id: "asc" } });
    expect(attempts.map((a) => [a.method, a.outcome])).toEqual([
      ["sms", "failed"],
      ["lookup", "sent"],
    ]);
    const code = lastCodeSentTo(t.simulator, phone);
    await expect(verifyOtp(t.ctx, { phone_number: phone, code })).resolves.toMatchObject({ verified: true });
  });

  it("delivers through verify/lookup when that is the configured method", async () => {
    await updateSettings(t.ctx.db, { deliveryMethod: "lookup", lookupTemplate: "otp-login" });
    const phone = nextPhone();
    await requestOtp(t.ctx, { phone_number: phone }, caller);
    expect(t.simulator.outbox().at(-1)).toMatchObject({ kind: "verify", template: "otp-login" });
    await updateSettings(t.ctx.db, { deliveryMethod: "lookup", lookupTemplate: "missing-template" });
    const error = await failure(requestOtp(t.ctx, { phone_number: nextPhone() }, caller));
    expect(error.code).toBe("template_invalid");
  });

  it("maps no credit, provider timeouts and outages to their own errors, and stores each attempt", async () => {
    const cases: [() => void, string][] = [
      [() => t.simulator.state.injectFault({ scope: "sms", method: "send", apiStatus: 418, times: 1 }), "provider_no_credit"],
      [() => t.simulator.state.injectFault({ scope: "sms", method: "send", hang: true, times: 1 }), "provider_timeout"],
      [() => t.simulator.state.injectFault({ scope: "sms", method: "send", httpStatus: 502, times: 1 }), "provider_unavailable"],
      [() => t.simulator.state.injectFault({ scope: "sms", method: "send", apiStatus: 409, times: 1 }), "provider_unavailable"],
    ];
    for (const [inject, code] of cases) {
      inject();
      const phone = nextPhone();
      expect((await failure(requestOtp(t.ctx, { phone_number: phone }, caller))).code).toBe(code);
      const attempt = await t.ctx.db.sendAttempt.findFirstOrThrow({ where: { phone } });
      expect(attempt).toMatchObject({ outcome: "failed", errorCode: code });
    }
  });

  it("refuses a second request within the cooldown with the seconds to wait", async () => {
    const phone = nextPhone();
    const now = new Date();
    await requestOtp(t.ctx, { phone_number: phone }, caller, now);
    const error = await failure(requestOtp(t.ctx, { phone_number: phone }, caller, new Date(now.getTime() + 15_000)));
    expect(error.code).toBe("otp_cooldown");
    expect(error.extra.retry_after).toBe(45);
    await expect(requestOtp(t.ctx, { phone_number: phone }, caller, new Date(now.getTime() + 61_000))).resolves.toBeDefined();
  });

  it("lets only one of two simultaneous requests for a phone through", async () => {
    const phone = nextPhone();
    const results = await Promise.allSettled([
      requestOtp(t.ctx, { phone_number: phone }, caller),
      requestOtp(t.ctx, { phone_number: phone }, caller),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.ctx.db.sendAttempt.count({ where: { phone } })).toBe(1);
  });
});

describe("verifyOtp", () => {
  async function sendCode(phone: string, now = new Date()) {
    await requestOtp(t.ctx, { phone_number: phone }, caller, now);
    return lastCodeSentTo(t.simulator, phone);
  }

  it("accepts the right code once", async () => {
    const phone = nextPhone();
    const code = await sendCode(phone);
    await expect(verifyOtp(t.ctx, { phone_number: phone, code })).resolves.toEqual({
      phone_number: phone,
      message: "OTP verified successfully",
      verified: true,
    });
    expect((await failure(verifyOtp(t.ctx, { phone_number: phone, code }))).detail).toBe("Invalid or expired code.");
  });

  it("refuses an expired code", async () => {
    const phone = nextPhone();
    const sentAt = new Date(Date.now() - 301_000);
    const code = await sendCode(phone, sentAt);
    expect((await failure(verifyOtp(t.ctx, { phone_number: phone, code }))).code).toBe("otp_invalid");
  });

  it("locks the challenge after five wrong tries, even for the right code", async () => {
    const phone = nextPhone();
    const code = await sendCode(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) {
      expect((await failure(verifyOtp(t.ctx, { phone_number: phone, code: wrong }))).code).toBe("otp_invalid");
    }
    const locked = await failure(verifyOtp(t.ctx, { phone_number: phone, code }));
    expect(locked.detail).toBe("Invalid or expired code.");
  });

  it("accepts the right code after four wrong ones", async () => {
    const phone = nextPhone();
    const code = await sendCode(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 0; i < 4; i++) await failure(verifyOtp(t.ctx, { phone_number: phone, code: wrong }));
    await expect(verifyOtp(t.ctx, { phone_number: phone, code })).resolves.toMatchObject({ verified: true });
  });

  it("invalidates the old code when a new one is requested", async () => {
    await updateSettings(t.ctx.db, { resendCooldownSeconds: 0 });
    const phone = nextPhone();
    const first = await sendCode(phone);
    const second = await sendCode(phone);
    if (first !== second) {
      expect((await failure(verifyOtp(t.ctx, { phone_number: phone, code: first }))).code).toBe("otp_invalid");
    }
    await expect(verifyOtp(t.ctx, { phone_number: phone, code: second })).resolves.toMatchObject({ verified: true });
    const statuses = (await t.ctx.db.otpChallenge.findMany({ where: { phone }, orderBy: { createdAt: "asc" } })).map((c) => c.status);
    expect(statuses).toEqual(["superseded", "verified"]);
  });

  it("honours the configured code length", async () => {
    await updateSettings(t.ctx.db, { codeLength: 8 });
    const phone = nextPhone();
    const code = await sendCode(phone);
    expect(code).toMatch(/^\d{8}$/);
    await updateSettings(t.ctx.db, { codeLength: 6 });
  });
});

describe("the send log", () => {
  it("never keeps the code Kavenegar echoes back", async () => {
    const phone = nextPhone();
    await requestOtp(t.ctx, { phone_number: phone }, caller);
    const code = lastCodeSentTo(t.simulator, phone);
    const attempt = await t.ctx.db.sendAttempt.findFirstOrThrow({ where: { phone } });
    const stored = JSON.stringify(attempt.providerResponse);
    expect(stored).toContain("•".repeat(code.length));
    expect(stored).not.toContain(code);
  });
});
