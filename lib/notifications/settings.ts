// Where incident notices go: the three channels, stored under one key of the settings table,
// changed in the console (Settings → Notifications, audited) and seeded from the environment
// until an admin saves them. The secrets (the webhook's URL and signing key, the SMTP URL's
// password, the bot token) are kept whole here and shown masked everywhere else.
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/database";
import { ValidationError, reason } from "@/lib/errors";
import type { ChannelConfig, ChannelName } from "./channels";
import { TELEGRAM_OFFICIAL_API } from "./fields";
import {
  channelNames,
  notificationSettingsSchema,
  requiredFields,
  type NotificationSettings,
  type NotificationSettingsPatch,
  type NotificationSettingsView,
} from "./settings-schema";

const SETTING_KEY = "notifications";
const MASK = "•••";

const OFF: NotificationSettings = {
  webhook: { enabled: false, url: "", secret: "" },
  email: { enabled: false, smtpUrl: "", from: "", to: [] },
  telegram: { enabled: false, botToken: "", chatId: "", apiBaseUrl: TELEGRAM_OFFICIAL_API },
};

// A Slack or Mattermost webhook's path is its credential; an SMTP URL's password is one.
function maskUrl(url: string): string {
  if (!url || !URL.canParse(url)) return url && MASK;
  const parsed = new URL(url);
  const user = parsed.username ? `${parsed.username}${parsed.password ? `:${MASK}` : ""}@` : "";
  const path = parsed.pathname === "/" && !parsed.search ? "" : `/${MASK}`;
  return `${parsed.protocol}//${user}${parsed.host}${path}`;
}

/** The bot's id (public: it is the bot's user id) and the secret part masked. */
function maskBotToken(token: string): string {
  return token ? `${token.split(":")[0] ?? ""}:${MASK}` : "";
}

export function toNotificationSettingsView(settings: NotificationSettings): NotificationSettingsView {
  return {
    webhook: { enabled: settings.webhook.enabled, url: maskUrl(settings.webhook.url), secretSet: settings.webhook.secret !== "" },
    email: { ...settings.email, smtpUrl: maskUrl(settings.email.smtpUrl) },
    telegram: { ...settings.telegram, botToken: maskBotToken(settings.telegram.botToken) },
  };
}

export async function getNotificationSettings(db: Db): Promise<NotificationSettings> {
  const row = await db.setting.findUnique({ where: { key: SETTING_KEY } });
  if (!row) return OFF;
  const parsed = notificationSettingsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  console.error("[notifications] the stored notification settings do not validate: every channel is off until they are saved again");
  return OFF;
}

/** The channels notices go to: turned on, with what each needs. */
export function enabledChannels(settings: NotificationSettings): ChannelConfig[] {
  return channelNames.filter((channel) => settings[channel].enabled).map((channel) => channelConfig(settings, channel));
}

export function channelConfig(settings: NotificationSettings, channel: ChannelName): ChannelConfig {
  switch (channel) {
    case "webhook":
      return { channel, config: { url: settings.webhook.url, secret: settings.webhook.secret } };
    case "email":
      return { channel, config: { smtpUrl: settings.email.smtpUrl, from: settings.email.from, to: settings.email.to } };
    case "telegram":
      return { channel, config: settings.telegram };
  }
}

/** Whether the channel has what it needs to send, on or not (a test may go to a channel not yet on). */
export function isConfigured(settings: NotificationSettings, channel: ChannelName): boolean {
  return requiredFields[channel].every((field) => {
    const value: unknown = settings[channel][field as never];
    return value !== "" && !(Array.isArray(value) && value.length === 0);
  });
}

function validated(candidate: unknown): NotificationSettings {
  const parsed = notificationSettingsSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ValidationError(reason("fieldInvalid", { field: issue?.path.join(".") ?? "", problem: issue?.message ?? "" }));
}

/** The paths of the fields that differ, secrets included (whose masked views may not). */
function changedFields(before: NotificationSettings, after: NotificationSettings): string[] {
  return channelNames.flatMap((channel) =>
    Object.keys(after[channel])
      .filter((field) => JSON.stringify(before[channel][field as never]) !== JSON.stringify(after[channel][field as never]))
      .map((field) => `${channel}.${field}`),
  );
}

export async function changeNotificationSettings(db: Db, actor: Actor, patch: NotificationSettingsPatch): Promise<NotificationSettingsView> {
  const before = await getNotificationSettings(db);
  const after = validated({
    webhook: { ...before.webhook, ...patch.webhook },
    email: { ...before.email, ...patch.email },
    telegram: { ...before.telegram, ...patch.telegram },
  });
  const changed = changedFields(before, after);
  if (changed.length > 0) {
    await db.setting.upsert({ where: { key: SETTING_KEY }, create: { key: SETTING_KEY, value: after }, update: { value: after } });
    await recordAudit(db, {
      actor,
      action: "notifications.update",
      target: `notifications:${changed.join(",")}`,
      before: toNotificationSettingsView(before),
      after: toNotificationSettingsView(after),
    });
  }
  return toNotificationSettingsView(after);
}

/** The variables of .env.example that configure the channels (lib/env.ts checks each). */
export interface NotificationEnv {
  ALERT_WEBHOOK_URL?: string;
  ALERT_WEBHOOK_SECRET?: string;
  SMTP_URL?: string;
  ALERT_EMAIL_FROM?: string;
  ALERT_EMAIL_TO?: string[];
  TELEGRAM_BOT_TOKEN?: string;
  TELEGRAM_CHAT_ID?: string;
  TELEGRAM_API_BASE_URL?: string;
}

export function notificationSettingsFromEnv(env: NotificationEnv): NotificationSettings {
  return validated({
    webhook: { enabled: Boolean(env.ALERT_WEBHOOK_URL), url: env.ALERT_WEBHOOK_URL ?? "", secret: env.ALERT_WEBHOOK_SECRET ?? "" },
    email: { enabled: Boolean(env.SMTP_URL), smtpUrl: env.SMTP_URL ?? "", from: env.ALERT_EMAIL_FROM ?? "", to: env.ALERT_EMAIL_TO ?? [] },
    telegram: {
      enabled: Boolean(env.TELEGRAM_BOT_TOKEN),
      botToken: env.TELEGRAM_BOT_TOKEN ?? "",
      chatId: env.TELEGRAM_CHAT_ID ?? "",
      apiBaseUrl: env.TELEGRAM_API_BASE_URL ?? TELEGRAM_OFFICIAL_API,
    },
  });
}

/** The environment's channels, until an admin has saved their own (which are never replaced). */
export async function seedNotificationSettings(db: Db, env: NotificationEnv): Promise<boolean> {
  const seed = notificationSettingsFromEnv(env);
  if (enabledChannels(seed).length === 0) return false;
  const { count } = await db.setting.createMany({ data: [{ key: SETTING_KEY, value: seed }], skipDuplicates: true });
  return count > 0;
}
