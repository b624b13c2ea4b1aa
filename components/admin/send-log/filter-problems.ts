import type { getTranslations } from "next-intl/server";
import type { ZodError } from "zod";
import { wordIssue } from "@/components/admin/form-bits";

type SendLogT = Awaited<ReturnType<typeof getTranslations<"sendLog">>>;
type ValidationT = Awaited<ReturnType<typeof getTranslations<"validation">>>;

const labelKeys: Record<string, "phone" | "messageId" | "outcome" | "status" | "sender" | "from" | "to" | "rows"> = {
  phone: "phone",
  messageId: "messageId",
  outcome: "outcome",
  status: "status",
  sender: "sender",
  from: "from",
  to: "to",
  limit: "rows",
};

/** The send log's filters that did not parse, named by their labels, in the page's language. */
export function filterProblems(error: ZodError, t: SendLogT, validation: ValidationT, zone: string): string {
  return error.issues
    .map((issue) => {
      const field = String(issue.path[0] ?? "");
      const key = labelKeys[field];
      const label = key ? t(`filters.${key}`, { zone }) : field;
      return `${label}: ${wordIssue(validation as unknown as (key: string, params?: object) => string, issue)}`;
    })
    .join("; ");
}
