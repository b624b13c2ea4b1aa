// Incident notices as Telegram messages through the Bot API. The bot token is part of the URL,
// so it is masked in every summary, the errors fetch quotes included.
import { z } from "zod";
import { noticeText, type IncidentNotice } from "./notice";
import { deliver, httpFailure, type ChannelResult, type SendOptions } from "./result";

export interface TelegramConfig {
  botToken: string;
  /** A numeric chat id ("-1001234567890") or a channel's "@name". */
  chatId: string;
  /** "https://api.telegram.org" unless the caller points elsewhere (a local Bot API server, a test). */
  apiBaseUrl: string;
}

// Telegram refuses longer texts outright.
const MAX_TEXT_LENGTH = 4096;

const answerSchema = z.object({ ok: z.boolean(), description: z.string().optional() });

function parseAnswer(text: string): z.infer<typeof answerSchema> | null {
  try {
    const parsed = answerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function sendTelegram(config: TelegramConfig, notice: IncidentNotice, options?: SendOptions): Promise<ChannelResult> {
  const secrets = [config.botToken, encodeURIComponent(config.botToken)];
  return deliver(options, secrets, async (signal) => {
    const url = `${config.apiBaseUrl.replace(/\/+$/, "")}/bot${config.botToken}/sendMessage`;
    const body = JSON.stringify({ chat_id: config.chatId, text: noticeText(notice).slice(0, MAX_TEXT_LENGTH), disable_web_page_preview: true });
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body, redirect: "manual", signal });
    const text = await response.text();
    const answer = parseAnswer(text);
    if (response.status === 200 && answer?.ok === true) return { ok: true, summary: "Telegram: ok" };
    if (answer?.description) return { ok: false, summary: `Telegram: ${answer.description} (HTTP ${response.status})` };
    return { ok: false, summary: `Telegram: ${httpFailure(response.status, text)}` };
  });
}
