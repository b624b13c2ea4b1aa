// Sends one message through Kavenegar and records the attempt, whatever happens.
import { performance } from "node:perf_hooks";
import type { AppContext } from "@/lib/context";
import type { SendPurpose } from "@/lib/db/generated/enums";
import { KavenegarError } from "@/lib/kavenegar";
import { toKavenegarReceptor } from "@/lib/phone";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { recordSendAttempt } from "./attempts";
import { toDeliveryError } from "./provider-errors";

export type DeliveryStep = { method: "sms"; sender: string | null; text: string } | { method: "lookup"; template: string; token: string };

export interface StepTarget {
  phone: string;
  purpose: SendPurpose;
  /** An accepted send marks this challenge sent, in the same statement that records the attempt. */
  challengeId: string | null;
  /** A secret (the OTP code) that Kavenegar echoes back and the send log must not keep. */
  secret?: string;
  /** The line OTPs are sent from now: a success from it resolves every refused line's incident. */
  activeSender?: string | null;
}

export type StepResult =
  | { ok: true; attempt: Awaited<ReturnType<typeof recordSendAttempt>> }
  | { ok: false; attempt: Awaited<ReturnType<typeof recordSendAttempt>>; error: KavenegarError };

export async function sendStep(ctx: AppContext, target: StepTarget, step: DeliveryStep): Promise<StepResult> {
  const receptor = toKavenegarReceptor(target.phone);
  const sender = step.method === "sms" ? step.sender : null;
  const started = performance.now();
  const base = { phone: target.phone, sender, method: step.method, purpose: target.purpose, challengeId: target.challengeId };
  try {
    const { entries, response } =
      step.method === "sms"
        ? await ctx.kavenegar.send({ receptor, message: step.text, ...(step.sender ? { sender: step.sender } : {}) })
        : await ctx.kavenegar.lookup({ receptor, template: step.template, token: step.token });
    const message = entries[0];
    const attempt = await recordSendAttempt(
      ctx,
      {
        ...base,
        sender: sender ?? message?.sender ?? null,
        outcome: "sent",
        providerStatus: 200,
        providerMessage: response.return.message,
        messageId: message ? String(message.messageid) : null,
        cost: message?.cost ?? null,
        latencyMs: Math.round(performance.now() - started),
        errorCode: null,
        errorDetail: null,
        providerResponse: response,
      },
      { secret: target.secret, challengeStatus: target.challengeId ? "sent" : null },
    );
    await observe(ctx, attempt, target);
    return { ok: true, attempt };
  } catch (error) {
    if (!(error instanceof KavenegarError)) throw error;
    const attempt = await recordSendAttempt(
      ctx,
      {
        ...base,
        outcome: "failed",
        providerStatus: error.status,
        providerMessage: error.providerMessage,
        messageId: null,
        cost: null,
        latencyMs: Math.round(performance.now() - started),
        errorCode: toDeliveryError(error).code,
        errorDetail: error.explanation,
        providerResponse: error.response ?? null,
      },
      { secret: target.secret },
    );
    await observe(ctx, attempt, target);
    return { ok: false, attempt, error };
  }
}

/** The attempt is stored; an incident that cannot be written must not fail the send. */
async function observe(ctx: AppContext, attempt: SendAttempt, target: StepTarget): Promise<void> {
  await ctx.incidents
    .afterAttempt(attempt, target.activeSender ?? null)
    .catch((error: unknown) => console.error("[incidents] could not record", error));
}
