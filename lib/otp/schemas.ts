import { z } from "zod";
import { phoneNumberSchema } from "./phone";

export const otpRequestSchema = z.object({ phone_number: phoneNumberSchema });

export const otpVerifySchema = z.object({
  phone_number: phoneNumberSchema,
  code: z
    .string({ error: "must be a string of digits" })
    .trim()
    .regex(/^\d{4,10}$/, "must be 4 to 10 digits"),
});

export type OtpRequestInput = z.infer<typeof otpRequestSchema>;
export type OtpVerifyInput = z.infer<typeof otpVerifySchema>;
