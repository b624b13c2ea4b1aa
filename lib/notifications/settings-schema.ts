// The notification channels' settings as data: what the console's form and the API check, and
// how the console sees them. Storage and masking: ./settings.ts (server only).
import { z } from "zod";
import { issueMessage } from "@/lib/i18n/issue-messages";
import type { ChannelName } from "./channels";
import {
  botTokenField,
  chatIdField,
  emailFromField,
  emailRecipientsField,
  smtpUrlField,
  telegramApiBaseUrlField,
  webhookSecretField,
  webhookUrlField,
} from "./fields";

const blankOr = <T extends z.ZodType>(field: T) => z.union([z.literal(""), field]);
const enabledField = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

const channelShapes = {
  webhook: { enabled: enabledField, url: blankOr(webhookUrlField), secret: webhookSecretField },
  email: { enabled: enabledField, smtpUrl: blankOr(smtpUrlField), from: blankOr(emailFromField), to: emailRecipientsField },
  telegram: { enabled: enabledField, botToken: blankOr(botTokenField), chatId: blankOr(chatIdField), apiBaseUrl: telegramApiBaseUrlField },
};

/** What a channel needs before it can be turned on. */
export const requiredFields: { [C in ChannelName]: (keyof NotificationSettings[C])[] } = {
  webhook: ["url"],
  email: ["smtpUrl", "from", "to"],
  telegram: ["botToken", "chatId"],
};

export const notificationSettingsSchema = z
  .object({ webhook: z.object(channelShapes.webhook), email: z.object(channelShapes.email), telegram: z.object(channelShapes.telegram) })
  .superRefine((settings, ctx) => {
    for (const channel of channelNames) {
      if (!settings[channel].enabled) continue;
      for (const field of requiredFields[channel]) {
        const value: unknown = settings[channel][field as never];
        if (value === "" || (Array.isArray(value) && value.length === 0)) {
          ctx.addIssue({ code: "custom", path: [channel, field], message: issueMessage("requiredForChannel") });
        }
      }
    }
  });

export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** A change from the console or the API: any field of any channel; a secret left out is kept. */
export const notificationSettingsPatchSchema = z
  .object({
    webhook: z.object(channelShapes.webhook).partial().strict(),
    email: z.object(channelShapes.email).partial().strict(),
    telegram: z.object(channelShapes.telegram).partial().strict(),
  })
  .partial()
  .strict();
export type NotificationSettingsPatch = z.infer<typeof notificationSettingsPatchSchema>;

export const channelNames = ["webhook", "email", "telegram"] as const satisfies readonly ChannelName[];

/** "Send test notification": which channel. */
export const notificationTestSchema = z.object({ channel: z.enum(channelNames) }).strict();

/** The settings as the console shows them: every secret masked. */
export interface NotificationSettingsView {
  webhook: { enabled: boolean; url: string; secretSet: boolean };
  email: { enabled: boolean; smtpUrl: string; from: string; to: string[] };
  telegram: { enabled: boolean; botToken: string; chatId: string; apiBaseUrl: string };
}
