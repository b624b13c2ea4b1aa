// The OTP, delivery and abuse-limit settings an admin may change: one schema for the API,
// the form and the store.
import { z } from "zod";
import { DEFAULT_TIME_ZONE, isTimeZone } from "@/lib/i18n/format";
import { locales } from "@/lib/i18n/locales";
import { normalizeIranianMobilePrefix } from "@/lib/phone";
import { issueMessage } from "@/lib/i18n/issue-messages";

const deliveryMethods = ["sms", "lookup"] as const;
const failoverModes = ["off", "next_line", "lookup"] as const;
const MAX_BLOCKED_NUMBERS = 1_000;

/** 0 turns a limit off. */
const limit = (max: number) => z.coerce.number().int().min(0).max(max);

/** One entry per line (the form's textarea) or an array (the API); each a number or a prefix of one. */
const blockedNumbers = z.preprocess(
  (value) => (typeof value === "string" ? value.split(/[\n,]+/) : value),
  z
    .array(z.string())
    .transform((entries, ctx) => {
      const normalized = new Set<string>();
      for (const entry of entries.map((item) => item.trim()).filter(Boolean)) {
        const prefix = normalizeIranianMobilePrefix(entry);
        if (prefix) normalized.add(prefix);
        else
          ctx.addIssue({
            code: "custom",
            message: `"${entry.slice(0, 20)}" is not a mobile number or the start of one (e.g. +98990 or 09123456789)`,
          });
      }
      return [...normalized].sort();
    })
    .pipe(z.array(z.string()).max(MAX_BLOCKED_NUMBERS, `may hold at most ${MAX_BLOCKED_NUMBERS} entries`)),
);

const booleanField = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

const settingsShape = {
  codeLength: z.coerce.number().int().min(4).max(10),
  ttlSeconds: z.coerce.number().int().min(30).max(3600),
  resendCooldownSeconds: z.coerce.number().int().min(0).max(3600),
  maxVerifyTries: z.coerce.number().int().min(1).max(10),
  messageTemplate: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .refine((text) => text.includes("{code}"), issueMessage("containsCode")),
  deliveryMethod: z.enum(deliveryMethods),
  lookupTemplate: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9_-]*$/, issueMessage("templateName")),
  failover: z.enum(failoverModes),
  phoneHourlyLimit: limit(1_000),
  phoneDailyLimit: limit(10_000),
  clientLimitPer10Minutes: limit(100_000),
  clientDailyLimit: limit(1_000_000),
  globalHourlyLimit: limit(10_000_000),
  blockedNumbers,
  proofOfWork: booleanField,
  /** An incident opens this many days before the account expires. */
  expiryWarningDays: z.coerce.number().int().min(1).max(365),
  /** Credit under this opens a low-credit incident; 0 uses the account's own alarm level (mincreditalarm). */
  lowCreditRials: limit(1_000_000_000),
  /** While an incident stays open, a reminder goes out this often; 0 sends none. */
  reminderMinutes: limit(7 * 24 * 60),
  /** Send attempts (and notification deliveries) older than this are deleted (lib/retention). */
  keepAttemptsDays: z.coerce.number().int().min(7).max(3650),
  /** OTP challenges older than this are deleted; their attempts stay, without the link. */
  keepChallengesDays: z.coerce.number().int().min(1).max(3650),
  /** The console shows times in this zone (UTC on hover), and so do the notifications. */
  timeZone: z.string().trim().refine(isTimeZone, issueMessage("timeZone")),
  /** The language of incident notifications (webhook text, e-mail, Telegram): one team, one channel, one language. */
  notificationLocale: z.enum(locales),
};

export const settingsSchema = z.object(settingsShape).superRefine((settings, ctx) => {
  const needsTemplate = settings.deliveryMethod === "lookup" || settings.failover === "lookup";
  if (needsTemplate && !settings.lookupTemplate) {
    ctx.addIssue({ code: "custom", path: ["lookupTemplate"], message: issueMessage("lookupTemplateRequired") });
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
  phoneHourlyLimit: 5,
  phoneDailyLimit: 10,
  clientLimitPer10Minutes: 20,
  clientDailyLimit: 100,
  // OTP_GLOBAL_LIMIT_PER_HOUR replaces it on a database's first start (lib/server/bootstrap.ts).
  globalHourlyLimit: 1_000,
  blockedNumbers: [],
  proofOfWork: false,
  expiryWarningDays: 14,
  lowCreditRials: 0,
  reminderMinutes: 60,
  keepAttemptsDays: 365,
  keepChallengesDays: 30,
  timeZone: DEFAULT_TIME_ZONE,
  notificationLocale: "en",
};

export const settingsPatchSchema = z.object(settingsShape).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
