import { useLocale, useTranslations } from "next-intl";
import type { ZodError } from "zod";

type Issue = ZodError["issues"][number];

/** zod's bounds read "Too small: expected number to be >=4"; a form says it plainly, in the page's language. */
export function useIssueText(): (issue: Issue) => string {
  const t = useTranslations("validation");
  const locale = useLocale();
  return (issue) => {
    if (locale === "en") return friendlyEnglish(issue);
    if (issue.code === "too_small" && issue.origin === "number") return t("atLeast", { min: Number(issue.minimum) });
    if (issue.code === "too_big" && issue.origin === "number") return t("atMost", { max: Number(issue.maximum) });
    if (issue.code === "too_small" && issue.origin === "string") return t("required");
    if (issue.code === "too_big" && issue.origin === "string") return t("tooLong", { max: Number(issue.maximum) });
    if (issue.code === "invalid_type" && issue.expected === "number") return t("number");
    if (issue.code === "invalid_format") return t("format");
    // Our schemas' own messages are English: another language names the problem and keeps them beside it.
    return t("invalid", { detail: issue.message });
  };
}

/** The schemas' own words, with zod's numeric bounds ("Too small: expected number to be >=4") said plainly. */
function friendlyEnglish(issue: Issue): string {
  if (issue.code === "too_small" && issue.origin === "number") return `must be at least ${String(issue.minimum)}`;
  if (issue.code === "too_big" && issue.origin === "number") return `must be at most ${String(issue.maximum)}`;
  if (issue.code === "invalid_type" && issue.expected === "number") return "must be a number";
  return issue.message;
}

/** The first message of each top-level field, for showing errors next to inputs. */
export function fieldErrorsOf(error: ZodError, issueText: (issue: Issue) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issueText(issue);
  }
  return errors;
}

export function inputClass(invalid: boolean): string {
  return `w-full rounded-md border bg-white px-3 py-2 text-sm ${invalid ? "border-red-500 ring-1 ring-red-300" : "border-slate-300"}`;
}

export const smallButton = "rounded-md px-2.5 py-1 text-xs font-medium ring-1 ring-inset disabled:cursor-not-allowed disabled:opacity-50";

/** "Priority must be…" for our own lower-case English messages, "Priority: …" for the rest. */
export function fieldMessage(label: string, error: string): string {
  return /^[a-z{]/.test(error) ? `${label} ${error}` : `${label}: ${error}`;
}
