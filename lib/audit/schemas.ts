import { z } from "zod";
import { AUDIT_PAGE_MAX } from "./record";

export const auditQuerySchema = z.object({
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, "must be an entry id")
    .optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
});
