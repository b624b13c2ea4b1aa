import { z } from "zod";
import { phoneNumberSchema, toAsciiDigits } from "@/lib/phone";

export const otpRequestSchema = z.object({
  phone_number: phoneNumberSchema,
  /** A solved proof-of-work challenge, when Settings require one (lib/otp/proof-of-work.ts). */
  altcha: z.union([z.string().max(4_000), z.record(z.string(), z.unknown())]).optional(),
});

export const otpVerifySchema = z.object({
  phone_number: phoneNumberSchema,
  code: z
    .string({ error: "must be a string of digits" })
    .trim()
    // People type codes on Persian keyboards too.
    .transform(toAsciiDigits)
    .pipe(z.string().regex(/^\d{4,10}$/, "must be 4 to 10 digits")),
});

export type OtpRequestInput = z.infer<typeof otpRequestSchema>;
export type OtpVerifyInput = z.infer<typeof otpVerifySchema>;
