// One message from a chosen line to a phone the admin typed, answering with what the
// provider said. Provider failures are an answer here, not an exception.
import type { AppContext } from "@/lib/context";
import { ValidationError } from "@/lib/errors";
import { describeApiStatus, type KavenegarErrorKind } from "@/lib/kavenegar";
import { normalizeIranianMobile } from "@/lib/otp/phone";
import { getSenderLine } from "@/lib/senders/store";
import { DEFAULT_TEST_MESSAGE } from "@/lib/senders/schemas-test-send";
import { sendStep } from "./send";

export interface TestSendResult {
  ok: boolean;
  sender: string;
  /** +989XXXXXXXXX */
  phone: string;
  /** Kavenegar's return.status: 200 on success, null when no answer came (timeout, network). */
  status: number | null;
  /** return.message, in Persian, as Kavenegar sent it. */
  providerMessage: string | null;
  /** What the status means, in English. */
  explanation: string;
  adminHint: string | null;
  errorKind: KavenegarErrorKind | null;
  messageId: string | null;
  /** Rials. */
  cost: number | null;
  latencyMs: number;
  /** The send log row of this attempt. */
  attemptId: string;
}

export async function testSend(ctx: AppContext, input: { senderId: number; phone: string; message?: string | null }): Promise<TestSendResult> {
  const phone = normalizeIranianMobile(input.phone);
  if (!phone) throw new ValidationError("phone_number is not a valid Iranian mobile number (e.g. +989123456789)", "invalid_phone");
  const line = await getSenderLine(ctx.db, input.senderId);
  const text = input.message?.trim() || DEFAULT_TEST_MESSAGE;

  const result = await sendStep(ctx, { phone, purpose: "test", challengeId: null }, { method: "sms", sender: line.number, text });
  const { attempt } = result;
  const common = {
    sender: line.number,
    phone,
    latencyMs: attempt.latencyMs,
    attemptId: attempt.id.toString(),
  };
  if (result.ok) {
    return {
      ...common,
      ok: true,
      status: attempt.providerStatus ?? 200,
      providerMessage: attempt.providerMessage,
      explanation: describeApiStatus(200).explanation,
      adminHint: null,
      errorKind: null,
      messageId: attempt.messageId,
      cost: attempt.cost,
    };
  }
  const { error } = result;
  return {
    ...common,
    ok: false,
    status: error.status,
    providerMessage: error.providerMessage,
    explanation: error.explanation,
    adminHint: error.adminHint,
    errorKind: error.kind,
    messageId: null,
    cost: null,
  };
}
