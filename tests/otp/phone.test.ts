import { describe, expect, it } from "vitest";
import { normalizeIranianMobile, toKavenegarReceptor } from "@/lib/phone";

describe("normalizeIranianMobile", () => {
  it.each([
    ["+989123456789", "+989123456789"],
    ["00989123456789", "+989123456789"],
    ["989123456789", "+989123456789"],
    ["09123456789", "+989123456789"],
    ["9123456789", "+989123456789"],
    ["۰۹۱۲۳۴۵۶۷۸۹", "+989123456789"],
    ["٠٩١٢٣٤٥٦٧٨٩", "+989123456789"],
    ["+98 912 345 6789", "+989123456789"],
    ["0912-345-6789", "+989123456789"],
    ["(0912) 345 6789", "+989123456789"],
  ])("accepts %s", (input, expected) => {
    expect(normalizeIranianMobile(input)).toBe(expected);
  });

  it.each(["", "hello", "+9891234567", "+9891234567890", "02112345678", "+14155552671", "08123456789", "+98812345678", "9123456789x"])(
    "rejects %s",
    (input) => {
      expect(normalizeIranianMobile(input)).toBeNull();
    },
  );

  it("gives Kavenegar the 09… form", () => {
    expect(toKavenegarReceptor("+989123456789")).toBe("09123456789");
  });
});
