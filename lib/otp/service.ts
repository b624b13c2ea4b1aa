// The OTP life cycle: request (block list, proof of work, limits, a single live code per
// phone) and verify.
import { randomUUID } from "node:crypto";
import type { AppContext } from "@/lib/context";
import { deliverOtp } from "@/lib/delivery/deliver-otp";
import { DomainError } from "@/lib/errors";
import { consumeArguments, CONSUME_RATE_LIMITS_SQL, verdictOf } from "@/lib/limits/rate-limits";
import { getSettings } from "@/lib/settings/store";
import { codeMatches, generateCode, hashCode } from "./code";
import { globalLimitReached } from "./global-limit";
import { isBlocked, limitError, otpLimits } from "./limits";
import { verifyProofOfWork } from "./proof-of-work";
import type { OtpRequestInput, OtpVerifyInput } from "./schemas";

const OTP_SENT_MESSAGE = "OTP sent successfully";
const INVALID_CODE_DETAIL = "Invalid or expired code.";
const MAYBE_DELIVERED = new Set(["provider_timeout", "provider_unavailable", "database_unavailable"]);

export interface Caller {
  /** lib/http/client-address.ts */
  clientAddress: string;
}

// The limits, the retirement of the phone's previous code and the new challenge, as one
// statement: a refused request changes nothing, an allowed one cannot be overtaken.
const BEGIN_CHALLENGE = `
WITH limited AS (SELECT * FROM ${CONSUME_RATE_LIMITS_SQL}),
superseded AS (
  UPDATE otp_challenges SET status = 'superseded', updated_at = $4
  WHERE phone = $5 AND status IN ('pending', 'sent') AND NOT EXISTS (SELECT 1 FROM limited)
),
created AS (
  INSERT INTO otp_challenges (id, phone, code_hash, expires_at, status, failed_tries, created_at, updated_at, client_address)
  SELECT $6::uuid, $5, $7, $8::timestamptz, 'pending', 0, $4, $4, $9 WHERE NOT EXISTS (SELECT 1 FROM limited)
)
SELECT limited_key, retry_after_seconds FROM limited`;

export async function requestOtp(ctx: AppContext, input: OtpRequestInput, caller: Caller, now = new Date()) {
  const phone = input.phone_number;
  const settings = await getSettings(ctx.db);
  if (isBlocked(settings, phone)) throw new DomainError("phone_blocked", "This phone number cannot receive codes.");
  if (settings.proofOfWork) await verifyProofOfWork(ctx, input.altcha, now);

  const code = generateCode(settings.codeLength);
  const id = randomUUID();
  const limits = otpLimits(settings, phone, caller.clientAddress);
  const [limited] = await ctx.sql.query<{ limited_key: string; retry_after_seconds: number }>(BEGIN_CHALLENGE, [
    ...consumeArguments(limits, now),
    phone,
    id,
    hashCode(ctx.otpSecret, id, code),
    new Date(now.getTime() + settings.ttlSeconds * 1000).toISOString(),
    caller.clientAddress.slice(0, 64),
  ]);
  const verdict = verdictOf(limits, limited);
  if (!verdict.allowed) {
    if (verdict.name === "otp_global_limit") await globalLimitReached(ctx, settings.globalHourlyLimit, verdict.retryAfterSeconds, now);
    throw limitError(verdict, settings);
  }

  try {
    await deliverOtp(ctx, { phone, code, challengeId: id, settings });
  } catch (error) {
    // Only the provider's refusal proves that no SMS left. After a timeout, a lost connection
    // or a failed write of our own the code may still arrive, so it stays verifiable.
    if (error instanceof DomainError && !MAYBE_DELIVERED.has(error.code)) {
      await ctx.db.otpChallenge.updateMany({ where: { id, status: "pending" }, data: { status: "failed" } });
    }
    throw error;
  }
  return { phone_number: phone, message: OTP_SENT_MESSAGE, expires_in: settings.ttlSeconds };
}

export async function verifyOtp(ctx: AppContext, input: OtpVerifyInput, now = new Date()) {
  const phone = input.phone_number;
  const settings = await getSettings(ctx.db);
  // The newest live code only. `pending` counts: a send whose answer was lost (a timeout, a
  // process stopped mid-request) may still have delivered the SMS.
  const challenge = await ctx.db.otpChallenge.findFirst({
    where: { phone, status: { in: ["pending", "sent"] }, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
  if (!challenge) throw new DomainError("otp_invalid", INVALID_CODE_DETAIL);

  // A try is reserved before the comparison, so concurrent guesses cannot exceed the limit.
  const reserved = await ctx.db.otpChallenge.updateMany({
    where: { id: challenge.id, status: { in: ["pending", "sent"] }, failedTries: { lt: settings.maxVerifyTries } },
    data: { failedTries: { increment: 1 } },
  });
  if (reserved.count === 0) throw new DomainError("otp_invalid", INVALID_CODE_DETAIL);

  if (!codeMatches(ctx.otpSecret, challenge.id, input.code, challenge.codeHash)) {
    await ctx.db.otpChallenge.updateMany({
      where: { id: challenge.id, status: { in: ["pending", "sent"] }, failedTries: { gte: settings.maxVerifyTries } },
      data: { status: "locked" },
    });
    throw new DomainError("otp_invalid", INVALID_CODE_DETAIL);
  }

  const consumed = await ctx.db.otpChallenge.updateMany({
    where: { id: challenge.id, status: { in: ["pending", "sent"] } },
    // The reserved try was not a wrong one.
    data: { status: "verified", verifiedAt: now, failedTries: { decrement: 1 } },
  });
  if (consumed.count === 0) throw new DomainError("otp_invalid", INVALID_CODE_DETAIL);
  return { phone_number: phone, message: "OTP verified successfully", verified: true };
}
