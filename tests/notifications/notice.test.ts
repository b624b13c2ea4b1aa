// The words of a notice: the same facts for every channel, English with Kavenegar's Persian kept.
import { describe, expect, it } from "vitest";
import { incidentDetail } from "@/lib/incidents/detail";
import { incidentKinds } from "@/lib/incidents/incident";
import { describeApiStatus } from "@/lib/kavenegar";
import { noticeText, noticeTitle, testNotice, webhookPayload, type IncidentNotice } from "@/lib/notifications/notice";
import { CONSOLE_URL, lineRefusedNotice } from "./fixtures";

describe("an opened 412 line_refused incident", () => {
  const notice = lineRefusedNotice("opened");

  it("has a one-line title naming the line and the status", () => {
    expect(noticeTitle(notice)).toBe("OPEN: Kavenegar refuses sender line 10008663 (412)");
    expect(noticeTitle(notice)).not.toContain("\n");
  });

  it("explains it in English, quotes Kavenegar in Persian on its own line, counts and links", () => {
    const text = noticeText(notice);
    expect(text.split("\n")[0]).toBe(noticeTitle(notice));
    expect(text).toContain("10008663");
    expect(text).toContain("412");
    expect(text.split("\n")).toContain("ارسال کننده نامعتبر است");
    expect(text).toContain(describeApiStatus(412).explanation);
    expect(text).toContain(describeApiStatus(412).adminHint);
    expect(text).toContain("Seen 3 times: first 2026-11-29 08:00:00 UTC, last 2026-11-29 08:05:30 UTC.");
    expect(text).toContain(notice.incident.detail);
    expect(text).toContain(CONSOLE_URL);
  });

  it("becomes a webhook payload with every field and a Slack-compatible text", () => {
    expect(webhookPayload(notice)).toEqual({
      event: "opened",
      kind: "line_refused",
      state: "open",
      line: "10008663",
      provider_status: 412,
      provider_message: "ارسال کننده نامعتبر است",
      meaning: describeApiStatus(412).explanation,
      detail: notice.incident.detail,
      count: 3,
      first_at: "2026-11-29T08:00:00.000Z",
      last_at: "2026-11-29T08:05:30.000Z",
      resolved_at: null,
      console_url: CONSOLE_URL,
      text: noticeText(notice),
    });
  });
});

describe("titles by event", () => {
  it("tells resolved, reminder and test apart from opened", () => {
    const titles = (["opened", "resolved", "reminder", "test"] as const).map((event) => noticeTitle(lineRefusedNotice(event)));
    expect(titles).toEqual([
      "OPEN: Kavenegar refuses sender line 10008663 (412)",
      "RESOLVED: Kavenegar refuses sender line 10008663 (412)",
      "STILL OPEN: Kavenegar refuses sender line 10008663 (412)",
      "TEST: Kavenegar refuses sender line 10008663 (412)",
    ]);
  });

  it("says when a resolved incident was resolved", () => {
    expect(noticeText(lineRefusedNotice("resolved"))).toContain("Resolved 2026-11-29 09:00:00 UTC.");
    expect(noticeText(lineRefusedNotice("opened"))).not.toContain("Resolved");
  });
});

describe("incidents without a Kavenegar status", () => {
  const unreachable: IncidentNotice = {
    event: "opened",
    incident: {
      id: "7",
      kind: "provider_unreachable",
      state: "open",
      line: null,
      providerStatus: null,
      providerMessage: null,
      detail: "connect ETIMEDOUT",
      count: 1,
      firstAt: "2026-11-29T08:00:00.000Z",
      lastAt: "2026-11-29T08:00:00.000Z",
      resolvedAt: null,
    },
    consoleUrl: CONSOLE_URL,
  };

  it("explains the kind instead, without a status or a Persian line", () => {
    expect(noticeTitle(unreachable)).toBe("OPEN: Kavenegar cannot be reached");
    const text = noticeText(unreachable);
    expect(text).toContain("Calls to Kavenegar's API fail or time out");
    expect(text).toContain("Seen once:");
    expect(text).not.toMatch(/[\u0600-\u06FF]/);
    expect(webhookPayload(unreachable)).toMatchObject({ provider_status: null, provider_message: null, line: null });
  });

  it("has a title for every incident kind", () => {
    const kinds = incidentKinds;
    const titles = kinds.map((kind) => noticeTitle({ ...unreachable, incident: { ...unreachable.incident, kind } }));
    expect(new Set(titles).size).toBe(kinds.length);
    for (const title of titles) expect(title).not.toContain("Incident");
  });

  it("escapes Slack's control characters in the webhook text only", () => {
    const notice = { ...unreachable, incident: { ...unreachable.incident, detail: "<b> & co" } };
    expect(noticeText(notice)).toContain("Detail: <b> & co");
    expect(webhookPayload(notice).text).toContain("Detail: &lt;b&gt; &amp; co");
  });
});

describe("the notification language of Settings", () => {
  it("writes the title and the text in Persian, times in the zone of Settings with Jalali dates", () => {
    const notice = testNotice(CONSOLE_URL, { locale: "fa", timeZone: "Asia/Tehran" }, new Date("2026-11-29T10:00:00Z"));
    expect(noticeTitle(notice)).toBe("آزمایشی: کاوه‌نگار خط ارسال 10008663 را نمی‌پذیرد (412)");
    const text = noticeText(notice);
    expect(text).toContain("این آزمایش کانال اعلان است: مشکلی نیست.");
    expect(text).toContain("فرستنده نامعتبر است: این خط به این حساب تعلق ندارد یا فعال نیست.");
    expect(text).toContain("اولین ۱۴۰۵/۰۹/۰۸ ۱۳:۳۰:۰۰ (Asia/Tehran)");
    expect(text).toContain("جزئیات: رخدادی ساختگی که از کنسول فرستاده شد تا این کانال آزموده شود.");
    expect(text).not.toMatch(/made-up|Detail/);
    // The webhook's fields are for programs: English whatever the language.
    expect(webhookPayload(notice).meaning).toBe("Invalid sender: the line is not assigned to this account or is not active.");
    expect(webhookPayload(notice).detail).toBe("A made-up incident sent from the console to check this channel.");
  });

  it("words a detail kept as a message in Persian, and leaves out an English one the status already explains", () => {
    const outage: IncidentNotice = {
      event: "opened",
      language: { locale: "fa", timeZone: "Asia/Tehran" },
      consoleUrl: CONSOLE_URL,
      incident: {
        ...lineRefusedNotice().incident,
        kind: "provider_unreachable",
        line: null,
        providerStatus: null,
        providerMessage: null,
        ...incidentDetail("outage", { count: 5, code: "provider_timeout" }),
      },
    };
    expect(outage.incident.detail).toBe("5 sends in the last 5 minutes got no usable answer; the last timed out.");
    expect(noticeText(outage)).toContain("۵ ارسال در ۵ دقیقه‌ی گذشته پاسخ قابل‌استفاده‌ای نگرفت؛ آخرین ارسال به‌موقع پاسخ نگرفت.");

    const refused = noticeText({ ...lineRefusedNotice(), language: { locale: "fa", timeZone: "UTC" } });
    expect(refused).not.toContain("3 sends from this line were refused");
  });
});

describe("testNotice", () => {
  it("is a made-up open incident that says it is a test", () => {
    const notice = testNotice(CONSOLE_URL, undefined, new Date("2026-11-29T10:00:00Z"));
    expect(notice.event).toBe("test");
    expect(noticeTitle(notice)).toMatch(/^TEST: /);
    expect(noticeText(notice)).toContain("This is a test of the notification channel: nothing is wrong.");
    expect(noticeText(notice)).toContain("first 2026-11-29 10:00:00 UTC");
    expect(webhookPayload(notice).console_url).toBe(CONSOLE_URL);
  });
});
