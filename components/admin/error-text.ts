// A failure as the console's reader reads it: the reason the API names, worded in the page's
// language; failing that, our words for its code.
import { useTranslations } from "next-intl";
import type { AdminFetchFailure } from "./admin-fetch";
import { useIssueText } from "./form-bits";

type CodeKey = Parameters<ReturnType<typeof useTranslations<"errors.code">>>[0];
type ReasonKey = Parameters<ReturnType<typeof useTranslations<"errors.reason">>>[0];

export function useErrorText(): (code: string, detail: string | null) => string {
  const codes = useTranslations("errors.code");
  return (code, detail) => {
    const key = code as CodeKey;
    return codes.has(key) ? codes(key) : (detail ?? code);
  };
}

export function useFailureText(): (failure: AdminFetchFailure) => string {
  const t = useTranslations("errors");
  const reasons = useTranslations("errors.reason");
  const errorText = useErrorText();
  const issueText = useIssueText();
  return (failure) => {
    if (failure.code === "unreachable") return t("unreachable");
    const reason = failure.reason as ReasonKey | null;
    if (reason !== null && reasons.has(reason)) {
      const { problem } = failure.params;
      // A field the server refused: the problem is one of our schemas' messages, worded here too.
      const params = typeof problem === "string" ? { ...failure.params, problem: issueText({ message: problem }) } : failure.params;
      return (reasons as unknown as (key: string, params: object) => string)(reason, params);
    }
    if (failure.code === "http" && !failure.detail) return t("http", { status: String(failure.status ?? "?") });
    return errorText(failure.code, failure.detail);
  };
}
