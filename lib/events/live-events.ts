// What the console hears as it happens: send attempts, and the overall OTP limit being
// reached. Events travel through PostgreSQL NOTIFY so that every app instance sharing the
// database (and PGlite's own listen in the embedded default) sees them.
import { z } from "zod";
import type { SqlDriver } from "@/lib/db/database";
import type { SendAttempt } from "@/lib/db/generated/client";

const CHANNEL = "otp_live_events";

export const sendAttemptEventSchema = z.object({
  id: z.string(),
  phone: z.string(),
  sender: z.string().nullable(),
  method: z.enum(["sms", "lookup"]),
  purpose: z.enum(["otp", "test"]),
  outcome: z.enum(["sent", "failed"]),
  providerStatus: z.number().nullable(),
  providerMessage: z.string().nullable(),
  errorCode: z.string().nullable(),
  errorDetail: z.string().nullable(),
  createdAt: z.string(),
});

export type SendAttemptEvent = z.infer<typeof sendAttemptEventSchema>;

/** The overall hourly OTP ceiling was hit: an attack or a runaway client is spending credit. */
export const limitEventSchema = z.object({
  name: z.literal("otp_global_limit"),
  max: z.number(),
  resetsAt: z.string(),
});

export type LimitEvent = z.infer<typeof limitEventSchema>;

export const liveEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("attempt"), attempt: sendAttemptEventSchema }),
  z.object({ type: z.literal("limit"), limit: limitEventSchema }),
]);

export type LiveEvent = z.infer<typeof liveEventSchema>;

export function toSendAttemptEvent(attempt: Omit<SendAttempt, "providerResponse">): SendAttemptEvent {
  return {
    id: attempt.id.toString(),
    phone: attempt.phone,
    sender: attempt.sender,
    method: attempt.method,
    purpose: attempt.purpose,
    outcome: attempt.outcome,
    providerStatus: attempt.providerStatus,
    providerMessage: attempt.providerMessage,
    errorCode: attempt.errorCode,
    errorDetail: attempt.errorDetail,
    createdAt: attempt.createdAt.toISOString(),
  };
}

export async function publishLiveEvent(sql: Pick<SqlDriver, "query">, event: LiveEvent): Promise<void> {
  await sql.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(event)]);
}

export function subscribeLiveEvents(sql: SqlDriver, onEvent: (event: LiveEvent) => void): Promise<() => Promise<void>> {
  return sql.listen(CHANNEL, (payload) => {
    const parsed = liveEventSchema.safeParse(JSON.parse(payload));
    if (parsed.success) onEvent(parsed.data);
  });
}
