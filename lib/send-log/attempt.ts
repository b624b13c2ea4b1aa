// A send attempt, in the one shape the console knows it by: the send log's rows, its CSV, the
// live stream and the Live page. The writer's input and the SQL row are derived from it.
import { z } from "zod";

export const sendAttemptSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  phone: z.string(),
  sender: z.string().nullable(),
  method: z.enum(["sms", "lookup"]),
  purpose: z.enum(["otp", "test"]),
  outcome: z.enum(["sent", "failed"]),
  /** Kavenegar's `return.status`; null when no answer came (timeout, network). */
  providerStatus: z.number().nullable(),
  /** `return.message`, in Persian, as Kavenegar sent it (codes masked). */
  providerMessage: z.string().nullable(),
  messageId: z.string().nullable(),
  /** Rials. */
  cost: z.number().nullable(),
  latencyMs: z.number(),
  /** What the end user was told (lib/errors.ts). */
  errorCode: z.string().nullable(),
  errorDetail: z.string().nullable(),
  challengeId: z.string().nullable(),
  /** Kavenegar's delivery status (sms/status), e.g. 10 delivered; null until first asked (lib/delivery-status). */
  deliveryStatus: z.number().nullable(),
  /** When the delivery status last changed, ISO 8601. */
  deliveryStatusAt: z.string().nullable(),
});

export type SendAttempt = z.infer<typeof sendAttemptSchema>;

/** What the writer stores: the attempt without what the database assigns or the delivery poll learns later, plus the provider's full answer. */
export type NewSendAttempt = Omit<SendAttempt, "id" | "createdAt" | "deliveryStatus" | "deliveryStatusAt"> & { providerResponse: unknown };

/** The columns of a SendAttempt, for SELECT and RETURNING. */
export const SEND_ATTEMPT_COLUMNS =
  "id, created_at, phone, sender, method, purpose, outcome, provider_status, provider_message, message_id, cost, latency_ms, error_code, error_detail, challenge_id, delivery_status, delivery_status_at";

export interface SendAttemptRow {
  id: bigint | number | string;
  created_at: Date | string;
  phone: string;
  sender: string | null;
  method: SendAttempt["method"];
  purpose: SendAttempt["purpose"];
  outcome: SendAttempt["outcome"];
  provider_status: number | null;
  provider_message: string | null;
  message_id: string | null;
  cost: number | null;
  latency_ms: number;
  error_code: string | null;
  error_detail: string | null;
  challenge_id: string | null;
  delivery_status: number | null;
  delivery_status_at: Date | string | null;
}

const toIso = (time: Date | string) => (time instanceof Date ? time : new Date(time)).toISOString();

export function toSendAttempt(row: SendAttemptRow): SendAttempt {
  return {
    id: String(row.id),
    createdAt: toIso(row.created_at),
    phone: row.phone,
    sender: row.sender,
    method: row.method,
    purpose: row.purpose,
    outcome: row.outcome,
    providerStatus: row.provider_status,
    providerMessage: row.provider_message,
    messageId: row.message_id,
    cost: row.cost,
    latencyMs: row.latency_ms,
    errorCode: row.error_code,
    errorDetail: row.error_detail,
    challengeId: row.challenge_id,
    deliveryStatus: row.delivery_status,
    deliveryStatusAt: row.delivery_status_at === null ? null : toIso(row.delivery_status_at),
  };
}
