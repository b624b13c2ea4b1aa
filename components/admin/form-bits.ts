import { useTranslations } from "next-intl";
import type { ZodError } from "zod";
import { issueMessageKey } from "@/lib/i18n/issue-messages";

type Issue = ZodError["issues"][number];

type Translate = (key: string, params?: object) => string;

/** Our schemas' messages (lib/i18n/issue-messages.ts) and zod's own, said plainly; `validation` translates that namespace. */
export function wordIssue(validation: Translate, issue: Pick<Issue, "message"> & Partial<Issue>): string {
  const known = issueMessageKey(issue.message);
  if (known) return validation(`issue.${known.key}`, known.params);
  if (issue.code === "too_small" && issue.origin === "number") return validation("atLeast", { min: Number(issue.minimum) });
  if (issue.code === "too_big" && issue.origin === "number") return validation("atMost", { max: Number(issue.maximum) });
  if (issue.code === "too_small" && issue.origin === "string") return validation("required");
  if (issue.code === "too_big" && issue.origin === "string") return validation("tooLong", { max: Number(issue.maximum) });
  if (issue.code === "invalid_type" && issue.expected === "number") return validation("number");
  if (issue.code === "invalid_format") return validation("format");
  return validation("invalid", { detail: issue.message });
}

export function useIssueText(): (issue: Pick<Issue, "message"> & Partial<Issue>) => string {
  const validation = useTranslations("validation") as unknown as Translate;
  return (issue) => wordIssue(validation, issue);
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
