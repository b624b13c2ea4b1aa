// The values a notification channel is configured with, checked the same way wherever they
// come from: the console's form, the API and the environment (lib/env.ts).
import { z } from "zod";
import { issueMessage } from "@/lib/i18n/issue-messages";

export const TELEGRAM_OFFICIAL_API = "https://api.telegram.org";
const MAX_RECIPIENTS = 20;

export const webhookUrlField = z.url({ protocol: /^https?$/, error: issueMessage("httpUrl") }).max(2000);
/** The HMAC key of X-Signature; empty: the body is sent unsigned. */
export const webhookSecretField = z
  .string()
  .trim()
  .max(256, issueMessage("maxChars", { max: 256 }));
export const smtpUrlField = z.url({ protocol: /^smtps?$/, error: issueMessage("smtpUrl") }).max(2000);
export const emailFromField = z.email({ error: issueMessage("email") }).max(254);
const splitRecipients = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((item) => item.trim())
    .filter(Boolean);
const recipients = z.array(z.email({ error: issueMessage("emails") })).max(MAX_RECIPIENTS, issueMessage("recipientsAtMost", { max: MAX_RECIPIENTS }));
/** Comma- or line-separated, as a variable or a form's textarea gives them. */
export const emailRecipientsTextField = z.string().transform(splitRecipients).pipe(recipients);
/** The same, or already an array (the API). */
export const emailRecipientsField = z.preprocess((value) => (typeof value === "string" ? splitRecipients(value) : value), recipients);
export const botTokenField = z
  .string()
  .trim()
  .regex(/^\d{1,20}:[A-Za-z0-9_-]{20,100}$/, issueMessage("botToken"));
export const chatIdField = z
  .string()
  .trim()
  .regex(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/, issueMessage("chatId"));
export const telegramApiBaseUrlField = z.url({ protocol: /^https?$/, error: issueMessage("httpUrl") }).max(2000);
