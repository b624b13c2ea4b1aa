// The Telegram channel against a fake Bot API over real HTTP: the request, Telegram's answers,
// and the bot token (part of the URL) kept out of every summary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noticeText } from "@/lib/notifications/notice";
import { sendTelegram, type TelegramConfig } from "@/lib/notifications/telegram";
import { freePort } from "../helpers/app-server";
import { lineRefusedNotice } from "./fixtures";
import { startReceiver, type HttpReceiver } from "./http-receiver";

const TOKEN = "123456789:AAH-fake_Token-abcdefghijklmnopqrs";
const CHAT_ID = "-1001234567890";
const notice = lineRefusedNotice("opened");

let botApi: HttpReceiver;
let config: TelegramConfig;

// Answers like Telegram: a known chat gets its message, anything else "chat not found"; a wrong
// path gets a 404 that quotes it (as some proxies do), to prove the token is masked even then.
beforeAll(async () => {
  botApi = await startReceiver((request) => {
    if (request.path !== `/bot${TOKEN}/sendMessage`)
      return { status: 404, body: `{"ok":false,"error_code":404,"description":"Not Found: ${request.path}"}` };
    const body = JSON.parse(request.raw.toString("utf8")) as { chat_id?: unknown; text?: unknown };
    if (body.chat_id !== CHAT_ID) return { status: 400, body: '{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}' };
    return {
      status: 200,
      body: JSON.stringify({ ok: true, result: { message_id: 17, chat: { id: Number(CHAT_ID), type: "supergroup" }, text: body.text } }),
    };
  });
  config = { botToken: TOKEN, chatId: CHAT_ID, apiBaseUrl: botApi.url };
});
afterAll(() => botApi?.close());

describe("sendTelegram", () => {
  it("POSTs sendMessage with the token in the path and the notice as JSON", async () => {
    const before = botApi.requests.length;
    const result = await sendTelegram(config, notice);
    expect(result).toEqual({ ok: true, summary: "Telegram: ok" });

    const request = botApi.requests[before]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe(`/bot${TOKEN}/sendMessage`);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.raw.toString("utf8"))).toEqual({ chat_id: CHAT_ID, text: noticeText(notice), disable_web_page_preview: true });
  });

  it("accepts a base URL with a trailing slash", async () => {
    expect(await sendTelegram({ ...config, apiBaseUrl: `${botApi.url}/` }, notice)).toEqual({ ok: true, summary: "Telegram: ok" });
  });

  it("reports Telegram's description when it refuses", async () => {
    const result = await sendTelegram({ ...config, chatId: "-100999" }, notice);
    expect(result).toEqual({ ok: false, summary: "Telegram: Bad Request: chat not found (HTTP 400)" });
  });

  it("fails within the timeout when the Bot API never answers", async () => {
    const silent = await startReceiver(() => null);
    try {
      const result = await sendTelegram({ ...config, apiBaseUrl: silent.url }, notice, { timeoutMs: 300 });
      expect(result).toEqual({ ok: false, summary: "timed out after 300 ms" });
    } finally {
      await silent.close();
    }
  });

  it("never lets the token into a summary", async () => {
    const results = [
      await sendTelegram(config, notice),
      await sendTelegram({ ...config, chatId: "-100999" }, notice),
      // A base URL with a path: the 404 quotes the whole path, token included.
      await sendTelegram({ ...config, apiBaseUrl: `${botApi.url}/proxy` }, notice),
      await sendTelegram({ ...config, apiBaseUrl: `http://127.0.0.1:${await freePort()}` }, notice, { timeoutMs: 2_000 }),
      // fetch quotes a URL it cannot parse.
      await sendTelegram({ ...config, apiBaseUrl: "http://bad host" }, notice),
    ];
    expect(results.map((result) => result.ok)).toEqual([true, false, false, false, false]);
    expect(results[2]!.summary).toContain("Not Found");
    expect(results[3]!.summary).toContain("ECONNREFUSED");
    expect(results[4]!.summary).toContain("Failed to parse URL");
    for (const { summary } of results) {
      expect(summary).not.toContain(TOKEN);
      expect(summary).not.toContain("AAH-fake_Token");
    }
  });
});
