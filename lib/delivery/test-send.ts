// One message from a chosen line to a phone the admin typed, answering with what the
// provider said. Provider failures are an answer here, not an exception. It costs credit,
// so who sent what to whom is in the audit log.
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { AppContext } from "@/lib/context";
import { describeApiStatus, type KavenegarErrorKind } from "@/lib/kavenegar";
import { getActiveSender, getSenderLine, listSenderLines } from "@/lib/senders/store";
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

/** One message from every enabled line, best first: which of the account's lines work right now. */
export async function testAllLines(ctx: AppContext, actor: Actor, input: TestSendRequest): Promise<TestSendResult[]> {
  const lines = (await listSenderLines(ctx.db)).filter((line) => line.status === "enabled");
  const results: TestSendResult[] = [];
  // One after the other: Kavenegar throttles bursts (451), and the order is the order of preference.
  for (const line of lines) results.push(await testSend(ctx, line.number, input));
  await recordAudit(ctx.db, {
    actor,
    action: "sender.test_all",
    target: "senders",
    before: null,
    after: { phone: input.phone_number, results: results.map((result) => ({ sender: result.sender, status: result.status, ok: result.ok })) },
  });
  return results;
}

async function testSend(ctx: AppContext, sender: string, input: TestSendRequest): Promise<TestSendResult> {
  const phone = input.phone_number;
  const text = input.message ?? DEFAULT_TEST_MESSAGE;

  // A test send that works from the active line clears its incident as an OTP would.
  const activeSender = (await getActiveSender(ctx.db))?.number ?? null;
  const result = await sendStep(ctx, { phone, purpose: "test", challengeId: null, activeSender }, { method: "sms", sender, text });
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
