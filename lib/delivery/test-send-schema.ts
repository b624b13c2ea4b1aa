// What an admin types to test a sender line: shared by the API route and the form.
import { z } from "zod";
import { phoneNumberSchema } from "@/lib/phone";
import { issueMessage } from "@/lib/i18n/issue-messages";

export const DEFAULT_TEST_MESSAGE = "پیام آزمایشی OTP Gateway (test message)";

export const testSendSchema = z.object({
  phone_number: phoneNumberSchema,
  message: z
    .string()
    .trim()
    .max(500, issueMessage("maxChars", { max: 500 }))
    .optional()
    .transform((text) => (text ? text : undefined)),
});

export type TestSendRequest = z.output<typeof testSendSchema>;
