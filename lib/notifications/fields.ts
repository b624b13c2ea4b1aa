// The values a notification channel is configured with, checked the same way wherever they
// come from: the console's form, the API and the environment (lib/env.ts).
import { z } from "zod";

export const TELEGRAM_OFFICIAL_API = "https://api.telegram.org";
const MAX_RECIPIENTS = 20;

export const webhookUrlField = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).max(2000);
/** The HMAC key of X-Signature; empty: the body is sent unsigned. */
export const webhookSecretField = z.string().trim().max(256, "may be at most 256 characters");
export const smtpUrlField = z
  .url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587" })
  .max(2000);
export const emailFromField = z.email({ error: "must be an e-mail address" }).max(254);
const splitRecipients = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);
const recipients = z.array(z.email({ error: "must be e-mail addresses" })).max(MAX_RECIPIENTS, `may name at most ${MAX_RECIPIENTS} recipients`);
/** Comma- or line-separated, as a variable or a form's textarea gives them. */
export const emailRecipientsTextField = z.string().transform(splitRecipients).pipe(recipients);
/** The same, or already an array (the API). */
export const emailRecipientsField = z.preprocess((value) => (typeof value === "string" ? splitRecipients(value) : value), recipients);
export const botTokenField = z
  .string()
  .trim()
  .regex(/^\d{1,20}:[A-Za-z0-9_-]{20,100}$/, "must be a bot token as @BotFather gives it (123456789:AA…)");
export const chatIdField = z
  .string()
  .trim()
  .regex(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/, "must be a numeric chat id (-1001234567890) or a channel's @name");
export const telegramApiBaseUrlField = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).max(2000);
