// The OTP life cycle: request (with cooldown and single live code per phone) and verify.
import { randomUUID } from "node:crypto";
import type { AppContext } from "@/lib/context";
import { deliverOtp } from "@/lib/delivery/deliver-otp";
import { CooldownError, DomainError } from "@/lib/errors";
import { getSettings } from "@/lib/settings/store";
import { codeMatches, generateCode, hashCode } from "./code";
import type { OtpRequestInput, OtpVerifyInput } from "./schemas";

export const OTP_SENT_MESSAGE = "OTP sent successfully";
const INVALID_CODE_DETAIL = "Invalid or expired code.";

export async function requestOtp(ctx: AppContext, input: OtpRequestInput, now = new Date()) {
  const phone = input.phone_number;
  const settings = await getSettings(ctx.db);
  const code = generateCode(settings.codeLength);

  const challenge = await ctx.db.$transaction(async (tx) => {
    // Serialises requests for one phone so that two at once cannot both pass the cooldown.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${phone}))`;
    const latest = await tx.otpChallenge.findFirst({
      where: { phone, status: { not: "failed" } },
      orderBy: { createdAt: "desc" },
    });
    if (latest) {
      const waitMs = latest.createdAt.getTime() + settings.resendCooldownSeconds * 1000 - now.getTime();
      if (waitMs > 0) throw new CooldownError(Math.ceil(waitMs / 1000));
    }
    await tx.otpChallenge.updateMany({
      where: { phone, status: { in: ["pending", "sent"] } },
      data: { status: "superseded" },
    });
    const id = randomUUID();
    return tx.otpChallenge.create({
      data: {
        id,
        phone,
        codeHash: hashCode(ctx.otpSecret, id, code),
        expiresAt: new Date(now.getTime() + settings.ttlSeconds * 1000),
        createdAt: now,
      },
    });
  });

  try {
    await deliverOtp(ctx, { phone, code, challengeId: challenge.id, settings });
  } catch (error) {
    await ctx.db.otpChallenge.update({ where: { id: challenge.id }, data: { status: "failed" } });
    throw error;
  }
  await ctx.db.otpChallenge.updateMany({ where: { id: challenge.id, status: "pending" }, data: { status: "sent" } });
  return { phone_number: phone, message: OTP_SENT_MESSAGE, expires_in: settings.ttlSeconds };
}

export async function verifyOtp(ctx: AppContext, input: OtpVerifyInput, now = new Date()) {
  const phone = input.phone_number;
  const settings = await getSettings(ctx.db);
  const challenge = await ctx.db.otpChallenge.findFirst({
    where: { phone, status: "sent", expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
  if (!challenge) throw new DomainError("otp_invalid", INVALID_CODE_DETAIL);

  // A try is reserved before the comparison, so concurrent guesses cannot exceed the limit.
  const reserved = await ctx.db.otpChallenge.updateMany({
    where: { id: challenge.id, status: "sent", failedTries: { lt: settings.maxVerifyTries } },
    data: { failedTries: { increment: 1 } },
  });
  if (reserved.count === 0) throw new DomainError("otp_attempts_exceeded", INVALID_CODE_DETAIL);

  if (!codeMatches(ctx.otpSecret, challenge.id, input.code, challenge.codeHash)) {
    await ctx.db.otpChallenge.updateMany({
      where: { id: challenge.id, status: "sent", failedTries: { gte: settings.maxVerifyTries } },
      data: { status: "locked" },
    });
    throw new DomainError("otp_invalid", INVALID_CODE_DETAIL);
  }

  const consumed = await ctx.db.otpChallenge.updateMany({
    where: { id: challenge.id, status: "sent" },
    // The reserved try was not a wrong one.
    data: { status: "verified", verifiedAt: now, failedTries: { decrement: 1 } },
  });
  if (consumed.count === 0) throw new DomainError("otp_invalid", INVALID_CODE_DETAIL);
  return { phone_number: phone, message: "OTP verified successfully", verified: true };
}
