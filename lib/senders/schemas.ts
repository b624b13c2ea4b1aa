import { z } from "zod";
import { issueMessage } from "@/lib/i18n/issue-messages";

const senderNumber = z
  .string()
  .trim()
  .regex(/^(\+?\d{3,20}|[A-Za-z][A-Za-z0-9 ._-]{1,30})$/, issueMessage("lineNumber"));

export const senderCreateSchema = z.object({
  number: senderNumber,
  label: z.string().trim().max(100).default(""),
  priority: z.coerce.number().int().min(0).max(10_000).default(100),
  status: z.enum(["enabled", "disabled"]).default("enabled"),
});

export const senderUpdateSchema = z.object({
  label: z.string().trim().max(100).optional(),
  priority: z.coerce.number().int().min(0).max(10_000).optional(),
  status: z.enum(["enabled", "disabled"]).optional(),
});

export type SenderCreateInput = z.input<typeof senderCreateSchema>;
export type SenderUpdateInput = z.infer<typeof senderUpdateSchema>;
