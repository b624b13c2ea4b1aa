import { describe, expect, it } from "vitest";
import { createFormat, isTimeZone, parseConsoleDateTime, toConsoleDateTimeInput } from "@/lib/i18n/format";
import { negotiateLocale } from "@/lib/i18n/locales";

const instant = "2026-11-30T05:23:01.000Z";

describe("console formatting", () => {
  it("writes times in the zone of Settings: Gregorian for English, Jalali with Persian digits for Persian", () => {
    expect(createFormat("en", "Asia/Tehran").dateTime(instant, { seconds: true })).toBe("2026-11-30 08:53:01");
    expect(createFormat("fa", "Asia/Tehran").dateTime(instant)).toBe("۱۴۰۵/۰۹/۰۹ ۰۸:۵۳");
    expect(createFormat("en", "UTC").time(instant)).toBe("05:23:01");
  });

  it("writes numbers and money in the page's digits", () => {
    expect(createFormat("en", "UTC").rials(12345)).toBe("12,345 rials");
    expect(createFormat("fa", "UTC").rials(12345)).toBe("۱۲٬۳۴۵ ریال");
    expect(createFormat("fa", "UTC").percent(0.5)).toBe("۵۰٪");
  });

  it("reads back what the date fields show, Jalali and Persian digits included", () => {
    expect(parseConsoleDateTime("۱۴۰۵/۰۹/۰۹ ۰۸:۵۳:۰۱", "Asia/Tehran")?.toISOString()).toBe(instant);
    expect(parseConsoleDateTime("2026-11-30T08:53:01", "Asia/Tehran")?.toISOString()).toBe(instant);
    expect(parseConsoleDateTime("1403/12/30", "UTC")?.toISOString()).toBe("2025-03-20T00:00:00.000Z");
    expect(parseConsoleDateTime("1404/12/30", "UTC")).toBeNull();
    expect(parseConsoleDateTime("yesterday", "UTC")).toBeNull();
    for (const locale of ["en", "fa"] as const) {
      expect(parseConsoleDateTime(toConsoleDateTimeInput(new Date(instant), locale, "Asia/Tehran"), "Asia/Tehran")?.toISOString()).toBe(instant);
    }
  });

  it("knows time zones by their IANA names", () => {
    expect(isTimeZone("Asia/Tehran")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("picks the language of Accept-Language by quality", () => {
    expect(negotiateLocale("fa-IR,fa;q=0.9,en;q=0.8")).toBe("fa");
    expect(negotiateLocale("de-DE,en;q=0.5,fa;q=0.4")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("de")).toBe("en");
  });
});
