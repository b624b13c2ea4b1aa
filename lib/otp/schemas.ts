import { z } from "zod";
import { phoneNumberSchema, toAsciiDigits } from "@/lib/phone";
import { issueMessage } from "@/lib/i18n/issue-messages";

export const otpRequestSchema = z.object({
  phone_number: phoneNumberSchema,
  /** A solved proof-of-work challenge, when Settings require one (lib/otp/proof-of-work.ts). */
  altcha: z.union([z.string().max(4_000), z.record(z.string(), z.unknown())]).optional(),
});

export const otpVerifySchema = z.object({
  phone_number: phoneNumberSchema,
  code: z
    .string({ error: issueMessage("digits") })
    .trim()
    // People type codes on Persian keyboards too.
    .transform(toAsciiDigits)
    .pipe(z.string().regex(/^\d{4,10}$/, issueMessage("codeDigits"))),
});

export type OtpRequestInput = z.infer<typeof otpRequestSchema>;
export type OtpVerifyInput = z.infer<typeof otpVerifySchema>;
