// What a send attempt's outcome means, in the provider's words (Persian) and ours.
import type { SendAttempt } from "@/lib/send-log/attempt";
import { describeApiStatus, refusesSenderLine } from "@/lib/kavenegar/status-codes";

type AttemptStatus = Pick<SendAttempt, "outcome" | "providerStatus" | "providerMessage" | "errorCode" | "errorDetail">;

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
    // Kavenegar may answer with an empty message: the documented one stands in.
    persian: attempt.providerMessage ? attempt.providerMessage : info.message || null,
    english: info.explanation,
    hint: attempt.outcome === "failed" ? info.adminHint : null,
  };
}

/** Kavenegar refused the line itself: every OTP from it fails. */
export function isSenderFailure(attempt: Pick<SendAttempt, "outcome" | "providerStatus">): boolean {
  return attempt.outcome === "failed" && refusesSenderLine(attempt.providerStatus);
}
