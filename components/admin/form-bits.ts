import type { ZodError } from "zod";

/** The first message of each top-level field, for showing errors next to inputs. */
export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= friendlyMessage(issue);
  }
  return errors;
}

/** zod's numeric bounds read "Too small: expected number to be >=4"; a form says it plainly. */
function friendlyMessage(issue: ZodError["issues"][number]): string {
  if (issue.code === "too_small" && issue.origin === "number") return `must be at least ${String(issue.minimum)}`;
  if (issue.code === "too_big" && issue.origin === "number") return `must be at most ${String(issue.maximum)}`;
  if (issue.code === "invalid_type" && issue.expected === "number") return "must be a number";
  return issue.message;
}

export function inputClass(invalid: boolean): string {
  return `w-full rounded-md border px-3 py-2 text-sm ${invalid ? "border-red-500 ring-1 ring-red-300" : "border-slate-300"}`;
}

export const smallButton = "rounded-md px-2.5 py-1 text-xs font-medium ring-1 ring-inset disabled:cursor-not-allowed disabled:opacity-50";

/** "Priority must be…" for our own lower-case messages, "Priority: Too small…" for zod's. */
export function fieldMessage(label: string, error: string): string {
  return /^[a-z{]/.test(error) ? `${label} ${error}` : `${label}: ${error}`;
}
