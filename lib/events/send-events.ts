// Send attempts are announced through PostgreSQL NOTIFY so that every app instance
// sharing the database (and PGlite's own listen in the embedded default) sees them.
import { z } from "zod";
import type { SqlDriver } from "@/lib/db/database";
import type { SendAttempt } from "@/lib/db/generated/client";

const CHANNEL = "otp_send_attempts";

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

export async function publishSendAttempt(sql: SqlDriver, event: SendAttemptEvent): Promise<void> {
  await sql.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(event)]);
}

export function subscribeSendAttempts(sql: SqlDriver, onEvent: (event: SendAttemptEvent) => void): Promise<() => Promise<void>> {
  return sql.listen(CHANNEL, (payload) => {
    const parsed = sendAttemptEventSchema.safeParse(JSON.parse(payload));
    if (parsed.success) onEvent(parsed.data);
  });
}
