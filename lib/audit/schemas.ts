import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_PAGE_MAX } from "./record";
import { issueMessage } from "@/lib/i18n/issue-messages";

/** An empty form field means "no filter". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const auditQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, issueMessage("entryId"))
    .optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  action: z.preprocess(blankToUndefined, z.enum(AUDIT_ACTIONS).optional()),
  /** Part of the e-mail address of who made the change. */
  actor: z.preprocess(blankToUndefined, z.string().trim().max(254).optional()),
});
