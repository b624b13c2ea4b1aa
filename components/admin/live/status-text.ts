// What a send attempt's outcome means, in the provider's words (Persian) and ours.
import type { SendAttemptEvent } from "@/lib/events/live-events";
import { describeApiStatus } from "@/lib/kavenegar/status-codes";

type AttemptStatus = Pick<SendAttemptEvent, "outcome" | "providerStatus" | "providerMessage" | "errorCode" | "errorDetail">;

export interface StatusText {
  /** The provider's status code, or our error code when the provider never answered. */
  code: string;
  /** Kavenegar's own message, right-to-left. */
  persian: string | null;
  english: string;
  /** What an administrator should do; failures only. */
  hint: string | null;
}

export function describeAttemptStatus(attempt: AttemptStatus): StatusText {
  if (attempt.providerStatus === null) {
    return {
      code: attempt.errorCode ?? "–",
      persian: null,
      english: attempt.errorDetail ?? "No answer from Kavenegar.",
      hint: null,
    };
  }
  const info = describeApiStatus(attempt.providerStatus);
  return {
    code: String(attempt.providerStatus),
    persian: attempt.providerMessage || info.message || null,
    english: info.explanation,
    hint: attempt.outcome === "failed" ? info.adminHint : null,
  };
}

/** Kavenegar refused the line itself (412, or 427 which we map alike): every OTP from it fails. */
export function isSenderFailure(attempt: Pick<SendAttemptEvent, "outcome" | "providerStatus" | "errorCode">): boolean {
  return attempt.outcome === "failed" && (attempt.providerStatus === 412 || attempt.errorCode === "sender_invalid");
}

/** `HH:MM:SS` of an ISO time, in UTC like the rest of the console. */
export function formatUtcTime(iso: string): string {
  return iso.slice(11, 19);
}
