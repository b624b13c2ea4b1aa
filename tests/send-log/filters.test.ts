import { describe, expect, it } from "vitest";
import { parseSendLogFilters, SEND_LOG_DEFAULT_LIMIT, sendLogFiltersSchema, sendLogQueryString, toFilterDateTime } from "@/lib/send-log/schemas";

describe("send log filters", () => {
  it("treat empty form fields as no filter and default the page size", () => {
    const filters = parseSendLogFilters(new URLSearchParams("phone=&outcome=&status=&sender=&from=&to=&limit="));
    expect(filters).toEqual({ limit: SEND_LOG_DEFAULT_LIMIT });
  });

  it("normalise a full phone number or its beginning in any spelling", () => {
    for (const spelling of ["09123456789", "+98 912 345 6789", "00989123456789", "۰۹۱۲۳۴۵۶۷۸۹", "9123456789"]) {
      expect(parseSendLogFilters({ phone: spelling }).phone, spelling).toBe("+989123456789");
    }
    expect(parseSendLogFilters({ phone: " 0912345 " }).phone).toBe("+98912345");
  });

  it("parse outcome, status code, sender, challenge and page size", () => {
    const filters = parseSendLogFilters({
      outcome: "failed",
      status: "412",
      sender: " 10008663 ",
      challenge: "0b9a3a8e-7f8e-4a55-9a43-0c2a4c7d1e11",
      limit: "200",
      cursor: "123",
    });
    expect(filters).toMatchObject({ outcome: "failed", status: 412, sender: "10008663", limit: 200, cursor: "123" });
  });

  it("read datetime-local values as UTC, with or without seconds, and accept explicit offsets", () => {
    const filters = parseSendLogFilters({ from: "2026-11-28T10:30", to: "2026-11-28T16:00:05+03:30" });
    expect(filters.from?.toISOString()).toBe("2026-11-28T10:30:00.000Z");
    expect(filters.to?.toISOString()).toBe("2026-11-28T12:30:05.000Z");
    expect(parseSendLogFilters({ from: "2026-11-28" }).from?.toISOString()).toBe("2026-11-28T00:00:00.000Z");
  });

  it("refuse values that are not filters, naming the field", () => {
    const cases: Record<string, string>[] = [
      { outcome: "maybe" },
      { status: "abc" },
      { status: "4120" },
      { limit: "201" },
      { limit: "0" },
      { cursor: "12a" },
      { cursor: "9223372036854775808" },
      { from: "yesterday" },
      { from: "2026-11-28T12:00", to: "2026-11-28T11:00" },
      { challenge: "not-a-uuid" },
    ];
    for (const input of cases) {
      const result = sendLogFiltersSchema.safeParse(input);
      expect(result.success, JSON.stringify(input)).toBe(false);
      expect(result.error?.issues[0]?.path[0], JSON.stringify(input)).toBe(Object.keys(input).at(-1));
    }
  });

  it("say what is wrong with a number field", () => {
    const message = (input: Record<string, string>) => sendLogFiltersSchema.safeParse(input).error?.issues[0]?.message;
    expect(message({ status: "abc" })).toBe("must be a status code such as 412");
    expect(message({ limit: "lots" })).toBe("must be a whole number");
    expect(message({ limit: "500" })).toBe("must be at most 200");
  });

  it("turn back into a query string that parses to the same filters", () => {
    const filters = parseSendLogFilters({
      phone: "09123456789",
      outcome: "sent",
      status: "200",
      sender: "20005006666",
      from: "2026-11-28T10:30:15",
      to: "2026-11-29T00:00",
      limit: "100",
    });
    const again = parseSendLogFilters(new URLSearchParams(sendLogQueryString(filters).slice(1)));
    expect(again).toEqual(filters);
    expect(sendLogQueryString(filters, { cursor: "77" })).toContain("cursor=77");
    expect(sendLogQueryString(filters, { withLimit: false })).not.toContain("limit");
    expect(sendLogQueryString({ limit: SEND_LOG_DEFAULT_LIMIT })).toBe("");
  });

  it("format times for the datetime-local field", () => {
    expect(toFilterDateTime(new Date("2026-11-28T10:30:00Z"))).toBe("2026-11-28T10:30");
    expect(toFilterDateTime(new Date("2026-11-28T10:30:15Z"))).toBe("2026-11-28T10:30:15");
    expect(toFilterDateTime(new Date("2026-11-28T10:30:15.250Z"))).toBe("2026-11-28T10:30:15.250");
  });
});
