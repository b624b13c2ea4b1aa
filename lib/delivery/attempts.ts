// Every send attempt is written down, successful or not, and announced to the live view.
import type { AppContext } from "@/lib/context";
import type { DeliveryMethod, SendOutcome, SendPurpose } from "@/lib/db/generated/enums";
import { publishSendAttempt, toSendAttemptEvent } from "@/lib/events/send-events";

export interface SendAttemptData {
  phone: string;
  sender: string | null;
  method: DeliveryMethod;
  purpose: SendPurpose;
  outcome: SendOutcome;
  providerStatus: number | null;
  providerMessage: string | null;
  messageId: string | null;
  cost: number | null;
  latencyMs: number;
  errorCode: string | null;
  errorDetail: string | null;
  providerResponse: unknown;
  challengeId: string | null;
}

export async function recordSendAttempt(ctx: Pick<AppContext, "db" | "sql">, data: SendAttemptData) {
  const { providerResponse, ...columns } = data;
  const attempt = await ctx.db.sendAttempt.create({
    data: { ...columns, providerResponse: (providerResponse ?? undefined) as object | undefined },
  });
  // The attempt is already stored; a lost notification must not fail the request.
  await publishSendAttempt(ctx.sql, toSendAttemptEvent(attempt)).catch((error: unknown) =>
    console.error("send attempt notification failed", error),
  );
  return attempt;
}
