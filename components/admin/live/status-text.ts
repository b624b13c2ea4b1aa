// What a send attempt's outcome means, in the provider's words (Persian) and ours (the page's language).
import { useTranslations } from "next-intl";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { findApiStatus, refusesSenderLine } from "@/lib/kavenegar/status-codes";
import { useErrorText } from "@/components/admin/error-text";

type AttemptStatus = Pick<SendAttempt, "outcome" | "providerStatus" | "providerMessage" | "errorCode" | "errorDetail">;

export interface StatusText {
  /** The provider's status code, or our error code when the provider never answered. */
  code: string;
  /** Kavenegar's own message, right-to-left. */
  persian: string | null;
  meaning: string;
  /** Our client's own account of a failure without an answer (English, for the technically minded). */
  technical: string | null;
  /** What an administrator should do; failures only. */
  hint: string | null;
}

type KavenegarKey = Parameters<ReturnType<typeof useTranslations<"kavenegar">>>[0];

/** Our words for a Kavenegar status: its meaning and what to do, or null for an undocumented one. */
export function useKavenegarText() {
  const t = useTranslations("kavenegar");
  return (status: number) => {
    const meaning = `meaning.s${status}` as KavenegarKey;
    if (!t.has(meaning)) return null;
    return { meaning: t(meaning), hint: t(`hint.s${status}` as KavenegarKey) };
  };
}

export function useStatusText(): (attempt: AttemptStatus) => StatusText {
  const t = useTranslations("kavenegar");
  const kavenegarText = useKavenegarText();
  const errorText = useErrorText();
  return (attempt) => {
    if (attempt.providerStatus === null) {
      return {
        code: attempt.errorCode ?? "–",
        persian: null,
        meaning: attempt.errorCode ? errorText(attempt.errorCode, attempt.errorDetail) : t("noAnswer"),
        technical: attempt.errorDetail,
        hint: null,
      };
    }
    const info = findApiStatus(attempt.providerStatus);
    const ours = kavenegarText(attempt.providerStatus);
    return {
      code: String(attempt.providerStatus),
      // Kavenegar may answer with an empty message: the documented one stands in.
      persian: attempt.providerMessage ? attempt.providerMessage : info?.message || null,
      meaning: ours?.meaning ?? t("undocumented", { status: String(attempt.providerStatus) }),
      technical: null,
      hint: attempt.outcome === "failed" ? (ours?.hint ?? t("retryHint")) : null,
    };
  };
}

/** Kavenegar refused the line itself: every OTP from it fails. */
export function isSenderFailure(attempt: Pick<SendAttempt, "outcome" | "providerStatus">): boolean {
  return attempt.outcome === "failed" && refusesSenderLine(attempt.providerStatus);
}
