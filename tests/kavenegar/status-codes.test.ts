import { describe, expect, it } from "vitest";
import { API_STATUS_CODES, DELIVERY_STATUSES, apiStatusMessage, deliveryStatusText, describeApiStatus, findApiStatus } from "@/lib/kavenegar";

describe("status-codes table", () => {
  it("lists every documented return.status code once", () => {
    const codes = API_STATUS_CODES.map((info) => info.code);
    expect(codes).toEqual([
      200, 400, 401, 402, 403, 404, 405, 406, 407, 409, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 422, 424, 426, 427, 428, 429, 431, 432, 451,
      501, 607,
    ]);
    for (const info of API_STATUS_CODES) {
      expect(info.message.trim()).not.toBe("");
      expect(info.explanation.trim()).not.toBe("");
      expect(info.adminHint.trim()).not.toBe("");
    }
  });

  it("carries Kavenegar's Persian messages verbatim", () => {
    expect(findApiStatus(200)?.message).toBe("تایید شد");
    expect(findApiStatus(403)?.message).toBe("کد شناسائی API-Key معتبر نمیباشد");
    expect(findApiStatus(412)?.message).toBe("ارسال کننده نامعتبر است");
    expect(findApiStatus(418)?.message).toBe("اعتبار شما کافی نمیباشد");
    expect(findApiStatus(424)?.message).toBe("الگوی مورد نظر پیدا نشد");
    expect(apiStatusMessage(413)).toBe("پیام خالی است و یا طول پیام بیش از حد مجاز میباشد");
  });

  it("explains undocumented codes generically", () => {
    expect(findApiStatus(499)).toBeUndefined();
    const info = describeApiStatus(499);
    expect(info.code).toBe(499);
    expect(info.explanation).toContain("499");
    expect(apiStatusMessage(499)).toBe("عملیات ناموفق بود");
  });

  it("lists the delivery statuses with their statustext", () => {
    expect(DELIVERY_STATUSES.map((info) => info.code)).toEqual([1, 2, 4, 5, 6, 10, 11, 13, 14, 100]);
    expect(deliveryStatusText(1)).toBe("در صف ارسال");
    expect(deliveryStatusText(2)).toBe("زمان بندی شده");
    expect(deliveryStatusText(4)).toBe("ارسال شده به مخابرات");
    expect(deliveryStatusText(10)).toBe("رسیده به گیرنده");
    expect(deliveryStatusText(100)).toBe("شناسه نامعتبر");
  });
});
