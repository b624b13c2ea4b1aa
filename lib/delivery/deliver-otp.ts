// Delivers an OTP by the configured method and, where the admin allows it,
// routes around a sender line the provider refuses (412/427).
import type { AppContext } from "@/lib/context";
import type { Settings } from "@/lib/settings/schema";
import { listFallbackLines } from "@/lib/senders/store";
import { refusesSenderLine } from "@/lib/kavenegar";
import { toDeliveryError } from "./provider-errors";
import { sendStep, type DeliveryStep, type StepResult } from "./send";

const MAX_FALLBACK_LINES = 3;

function renderOtpMessage(template: string, code: string, ttlSeconds: number): string {
  return template.replaceAll("{code}", code).replaceAll("{minutes}", String(Math.ceil(ttlSeconds / 60)));
}

export async function deliverOtp(
  ctx: AppContext,
  input: {
    phone: string;
    code: string;
    challengeId: string;
    settings: Settings;
    /** The line OTPs go out from now, as the request's statement read it. */ activeSender: string | null;
  },
): Promise<StepResult & { ok: true }> {
  const { settings } = input;
  const activeSender = settings.deliveryMethod === "lookup" ? null : input.activeSender;
  const target = { phone: input.phone, purpose: "otp" as const, challengeId: input.challengeId, secret: input.code, activeSender };
  const text = renderOtpMessage(settings.messageTemplate, input.code, settings.ttlSeconds);
  const lookupStep: DeliveryStep = { method: "lookup", template: settings.lookupTemplate, token: input.code };

  const first: DeliveryStep = settings.deliveryMethod === "lookup" ? lookupStep : { method: "sms", sender: activeSender, text };

  let result = await sendStep(ctx, target, first);
  const tried = first.method === "sms" && first.sender ? [first.sender] : [];
  const senderRefused = (r: StepResult) => !r.ok && r.attempt.method === "sms" && refusesSenderLine(r.error.status);

  if (senderRefused(result) && settings.failover === "next_line") {
    for (const line of await listFallbackLines(ctx.db, tried)) {
      if (tried.length > MAX_FALLBACK_LINES) break;
      tried.push(line.number);
      result = await sendStep(ctx, target, { method: "sms", sender: line.number, text });
      if (!senderRefused(result)) break;
    }
  } else if (senderRefused(result) && settings.failover === "lookup") {
    result = await sendStep(ctx, target, lookupStep);
  }

  if (!result.ok) throw toDeliveryError(result.error);
  return result;
}
