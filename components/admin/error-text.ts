// A failure as the console's reader reads it: our words for its code, with the server's own
// detail (English, it often names the field or the line) beside them on pages in another language.
import { useLocale, useTranslations } from "next-intl";
import type { AdminFetchFailure } from "./admin-fetch";

type CodeKey = Parameters<ReturnType<typeof useTranslations<"errors.code">>>[0];

export function useErrorText(): (code: string, detail: string | null) => string {
  const t = useTranslations("errors");
  const codes = useTranslations("errors.code");
  const locale = useLocale();
  return (code, detail) => {
    const key = code as CodeKey;
    if (!codes.has(key)) return detail ?? code;
    if (locale === "en") return detail ?? codes(key);
    return detail ? t("withDetail", { message: codes(key), detail }) : codes(key);
  };
}

export function useFailureText(): (failure: AdminFetchFailure) => string {
  const t = useTranslations("errors");
  const errorText = useErrorText();
  return (failure) => {
    if (failure.code === "unreachable") return t("unreachable");
    if (failure.code === "http" && !failure.detail) return t("http", { status: String(failure.status ?? "?") });
    return errorText(failure.code, failure.detail);
  };
}
