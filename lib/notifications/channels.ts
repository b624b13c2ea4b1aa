// One entry point for every channel: a target names its channel and carries that channel's config.
import { sendEmail, type EmailConfig } from "./email";
import type { IncidentNotice } from "./notice";
import type { ChannelResult, SendOptions } from "./result";
import { sendTelegram, type TelegramConfig } from "./telegram";
import { sendWebhook, type WebhookConfig } from "./webhook";

export type ChannelName = "webhook" | "email" | "telegram";

/** A channel with its config, as the stored settings give it (lib/notifications/settings.ts). */
export type ChannelConfig =
  { channel: "webhook"; config: WebhookConfig } | { channel: "email"; config: EmailConfig } | { channel: "telegram"; config: TelegramConfig };

export function sendToTarget(target: ChannelConfig, notice: IncidentNotice, options?: SendOptions): Promise<ChannelResult> {
  switch (target.channel) {
    case "webhook":
      return sendWebhook(target.config, notice, options);
    case "email":
      return sendEmail(target.config, notice, options);
    case "telegram":
      return sendTelegram(target.config, notice, options);
  }
}
