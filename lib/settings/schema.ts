// The OTP and delivery settings an admin may change: one schema for the API, the form and the store.
import { z } from "zod";

export const deliveryMethods = ["sms", "lookup"] as const;
export const failoverModes = ["off", "next_line", "lookup"] as const;

export const settingsShape = {
  codeLength: z.coerce.number().int().min(4).max(10),
  ttlSeconds: z.coerce.number().int().min(30).max(3600),
  resendCooldownSeconds: z.coerce.number().int().min(0).max(3600),
  maxVerifyTries: z.coerce.number().int().min(1).max(10),
  messageTemplate: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .refine((text) => text.includes("{code}"), "must contain {code}"),
  deliveryMethod: z.enum(deliveryMethods),
  lookupTemplate: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9_-]*$/, "may contain only letters, digits, - and _"),
  failover: z.enum(failoverModes),
};

export const settingsSchema = z.object(settingsShape).superRefine((settings, ctx) => {
  const needsTemplate = settings.deliveryMethod === "lookup" || settings.failover === "lookup";
  if (needsTemplate && !settings.lookupTemplate) {
    ctx.addIssue({ code: "custom", path: ["lookupTemplate"], message: "is required for verify/lookup delivery" });
  }
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  codeLength: 6,
  ttlSeconds: 300,
  resendCooldownSeconds: 60,
  maxVerifyTries: 5,
  messageTemplate: "کد ورود شما: {code}\nاعتبار: {minutes} دقیقه",
  deliveryMethod: "sms",
  lookupTemplate: "",
  failover: "off",
};

export const settingsPatchSchema = z.object(settingsShape).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
