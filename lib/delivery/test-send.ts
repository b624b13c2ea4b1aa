// One message from a chosen line to a phone the admin typed, answering with what the
// provider said. Provider failures are an answer here, not an exception. It costs credit,
// so who sent what to whom is in the audit log.
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { AppContext } from "@/lib/context";
import { describeApiStatus, type KavenegarErrorKind } from "@/lib/kavenegar";
import { getSenderLine } from "@/lib/senders/store";
import { sendStep } from "./send";
import { DEFAULT_TEST_MESSAGE, type TestSendRequest } from "./test-send-schema";

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

export async function testSendFromLine(ctx: AppContext, actor: Actor, senderId: number, input: TestSendRequest): Promise<TestSendResult> {
  const line = await getSenderLine(ctx.db, senderId);
  const result = await testSend(ctx, line.number, input);
  await recordAudit(ctx.db, {
    actor,
    action: "sender.test_send",
    target: `sender:${line.number}`,
    before: null,
    after: { phone: result.phone, status: result.status, ok: result.ok, attemptId: result.attemptId },
  });
  return result;
}

async function testSend(ctx: AppContext, sender: string, input: TestSendRequest): Promise<TestSendResult> {
  const phone = input.phone_number;
  const text = input.message ?? DEFAULT_TEST_MESSAGE;

  const result = await sendStep(ctx, { phone, purpose: "test", challengeId: null }, { method: "sms", sender, text });
  const { attempt } = result;
  const common = {
    sender,
    phone,
    latencyMs: attempt.latencyMs,
    attemptId: attempt.id,
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
