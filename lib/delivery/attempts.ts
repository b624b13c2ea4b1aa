// Every send attempt is written down, successful or not, and announced to the live view.
// One statement stores the attempt, moves its OTP challenge on and notes the line's outcome:
// a process that stops between the provider's answer and our bookkeeping cannot leave them
// disagreeing. The announcement is a statement of its own: a NOTIFY in a transaction that
// writes holds PostgreSQL's one notification lock through the commit's WAL flush, which
// would queue every OTP request of every instance behind each other.
import type { AppContext } from "@/lib/context";
import { publishLiveEvent } from "@/lib/events/live-events";
import { SEND_ATTEMPT_COLUMNS, toSendAttempt, type NewSendAttempt, type SendAttempt, type SendAttemptRow } from "@/lib/send-log/attempt";
import { maskSecret } from "@/lib/send-log/redact";

export interface RecordOptions {
  /** The OTP code: masked in every text the provider sent back (our own fields never hold it). */
  secret?: string | null;
  /** What the challenge becomes with this attempt (only from `pending`). */
  challengeStatus?: "sent" | "failed" | null;
}

// A line's last success is written at most once a second (unless it failed since): under a
// burst every request would otherwise queue for the same row's lock.
const INSERT_ATTEMPT = `
WITH attempt AS (
  INSERT INTO send_attempts (phone, sender, method, purpose, outcome, provider_status, provider_message, message_id,
                             cost, latency_ms, error_code, error_detail, provider_response, challenge_id, delivery_pending_since)
  VALUES ($1, $2, $3::"DeliveryMethod", $4::"SendPurpose", $5::"SendOutcome", $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14::uuid,
          -- An accepted message with an id has a delivery status to ask for (lib/delivery-status).
          CASE WHEN $5::"SendOutcome" = 'sent' AND $8::varchar IS NOT NULL THEN now() END)
  RETURNING ${SEND_ATTEMPT_COLUMNS}
), challenge AS (
  UPDATE otp_challenges SET status = $15::"ChallengeStatus", updated_at = now()
  WHERE $15::text IS NOT NULL AND id = $14::uuid AND status = 'pending'
), line_succeeded AS (
  UPDATE sender_lines SET last_success_at = now(), updated_at = now()
  WHERE $5::"SendOutcome" = 'sent' AND $3::"DeliveryMethod" = 'sms' AND number = $2
    AND (last_success_at IS NULL OR last_success_at < now() - interval '1 second' OR last_failure_at >= last_success_at)
), line_refused AS (
  -- Only an answer from the provider says something about the line (a timeout does not).
  UPDATE sender_lines SET last_failure_code = $6, last_failure_at = now(), updated_at = now()
  WHERE $5::"SendOutcome" = 'failed' AND $3::"DeliveryMethod" = 'sms' AND $6::int IS NOT NULL AND number = $2
)
SELECT * FROM attempt`;

export async function recordSendAttempt(ctx: Pick<AppContext, "sql">, data: NewSendAttempt, options: RecordOptions = {}): Promise<SendAttempt> {
  const safe: NewSendAttempt = {
    ...data,
    providerMessage: maskSecret(data.providerMessage, options.secret),
    errorDetail: maskSecret(data.errorDetail, options.secret),
    providerResponse: maskSecret(data.providerResponse, options.secret),
  };
  const [row] = await ctx.sql.query<SendAttemptRow>(INSERT_ATTEMPT, [
    safe.phone,
    safe.sender,
    safe.method,
    safe.purpose,
    safe.outcome,
    safe.providerStatus,
    safe.providerMessage,
    safe.messageId,
    safe.cost,
    safe.latencyMs,
    safe.errorCode,
    safe.errorDetail,
    safe.providerResponse === null || safe.providerResponse === undefined ? null : JSON.stringify(safe.providerResponse),
    safe.challengeId,
    options.challengeStatus ?? null,
  ]);
  if (!row) throw new Error("INSERT … RETURNING gave no row");
  const attempt = toSendAttempt(row);
  // The attempt is already stored; a lost notification must not fail the request.
  await publishLiveEvent(ctx.sql, { type: "attempt", attempt }).catch((error: unknown) => console.error("send attempt notification failed", error));
  return attempt;
}
