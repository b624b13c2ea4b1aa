import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { getSendAttempt } from "@/lib/send-log/query";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.drop();
});

describe("getSendAttempt", () => {
  it("returns everything stored for the attempt, with its challenge and the provider's full answer", async () => {
    const challenge = await database.prisma.otpChallenge.create({
      data: { phone: "+989123456789", codeHash: "x".repeat(64), expiresAt: new Date("2026-11-28T10:05:00Z"), status: "failed" },
    });
    const response = { return: { status: 412, message: "ارسال کننده نامعتبر است" }, entries: null };
    const attempt = await database.prisma.sendAttempt.create({
      data: {
        phone: "+989123456789",
        sender: "10008663",
        method: "sms",
        outcome: "failed",
        providerStatus: 412,
        providerMessage: "ارسال کننده نامعتبر است",
        latencyMs: 87,
        errorCode: "sender_invalid",
        errorDetail: "Invalid sender: the line is not assigned to this account or is not active.",
        providerResponse: response,
        challengeId: challenge.id,
      },
    });

    const detail = await getSendAttempt(database.prisma, attempt.id.toString());
    expect(detail).toMatchObject({
      id: attempt.id.toString(),
      phone: "+989123456789",
      sender: "10008663",
      method: "sms",
      purpose: "otp",
      outcome: "failed",
      providerStatus: 412,
      providerMessage: "ارسال کننده نامعتبر است",
      latencyMs: 87,
      errorCode: "sender_invalid",
      providerResponse: response,
      challengeId: challenge.id,
      challenge: { id: challenge.id, status: "failed", expiresAt: "2026-11-28T10:05:00.000Z", verifiedAt: null },
    });
    expect(detail.createdAt).toBe(attempt.createdAt.toISOString());
    // What the API sends: plain JSON, no BigInt, no code hash.
    const json = JSON.stringify(detail);
    expect(JSON.parse(json)).toEqual(detail);
    expect(json).not.toContain("codeHash");
  });

  it("works for an attempt without a challenge or an answer", async () => {
    const attempt = await database.prisma.sendAttempt.create({
      data: { phone: "+989120000000", method: "lookup", purpose: "test", outcome: "failed", latencyMs: 10_000, errorCode: "provider_timeout" },
    });
    const detail = await getSendAttempt(database.prisma, attempt.id.toString());
    expect(detail).toMatchObject({ challenge: null, providerResponse: null, providerStatus: null, sender: null });
  });

  it("answers NotFoundError for unknown and malformed ids", async () => {
    for (const id of ["999999999", "abc", "-1", "99999999999999999999"]) {
      await expect(getSendAttempt(database.prisma, id), id).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("OTP codes in the provider's answer", () => {
  it("are masked for OTP attempts and kept for admin test sends", async () => {
    const response = {
      return: { status: 200, message: "تایید شد" },
      entries: [{ messageid: 8792343, message: "کد ورود شما: 483920\nلغو11", status: 1, sender: "20005006666", receptor: "09123456789", cost: 120 }],
    };
    const base = {
      phone: "+989123456789",
      sender: "20005006666",
      method: "sms",
      outcome: "sent",
      providerStatus: 200,
      latencyMs: 5,
      providerResponse: response,
    } as const;
    const otp = await database.prisma.sendAttempt.create({ data: { ...base, purpose: "otp" } });
    const test = await database.prisma.sendAttempt.create({ data: { ...base, purpose: "test" } });

    const otpDetail = await getSendAttempt(database.prisma, otp.id.toString());
    expect(otpDetail.providerResponse).toEqual({
      ...response,
      entries: [{ ...response.entries[0], message: "کد ورود شما: ••••••\nلغو11" }],
    });
    expect(JSON.stringify(otpDetail)).not.toContain("483920");
    expect((await getSendAttempt(database.prisma, test.id.toString())).providerResponse).toEqual(response);
  });
});
