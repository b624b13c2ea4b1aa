// Every failure the API names is worded in both languages: the reason's English is the API's
// `detail`, and the console finds our schemas' messages again to say them in Persian.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { ConflictError, DomainError, englishReason, reason, type ReasonKey } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { issueMessageKey } from "@/lib/i18n/issue-messages";
import en from "@/lib/i18n/messages/en.json";
import fa from "@/lib/i18n/messages/fa.json";
import { phoneNumberSchema } from "@/lib/phone";
import { settingsSchema, defaultSettings } from "@/lib/settings/schema";

/** A value for each {argument} of a message: digits for numbers, a word for the rest. */
function sampleParams(text: string): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  for (const [, name = "", , type] of text.matchAll(/\{(\w+)(,\s*(\w+))?/g)) {
    params[name] = type === "number" || name === "amount" ? 7 : type === "select" ? "other" : "x";
  }
  return params;
}

describe("reasons", () => {
  const keys = Object.keys(en.errors.reason) as ReasonKey[];

  it("answer with the English detail, the reason and its params", async () => {
    const response = errorResponse(new ConflictError(reason("senderLineExists", { number: "30001234" })));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      detail: "Sender line 30001234 already exists.",
      code: "conflict",
      reason: "senderLineExists",
      params: { number: "30001234" },
    });
  });

  it("say the wait of a limit in words", () => {
    expect(englishReason(reason("phoneHourlyLimit", { max: 5, amount: 3, unit: "minutes" }))).toBe(
      "Too many codes for this phone number (at most 5 an hour). Try again in 3 minutes.",
    );
  });

  it("are worded in Persian with Persian digits and no braces left", () => {
    const persian = createTranslator({ locale: "fa", messages: fa, namespace: "errors.reason" }) as unknown as (
      key: string,
      params: object,
    ) => string;
    for (const key of keys) {
      const text = persian(key, sampleParams(en.errors.reason[key] + fa.errors.reason[key]));
      expect(text, key).not.toMatch(/[{}]|errors\.reason/);
      expect(text, key).toMatch(/[\u0600-\u06FF]/);
    }
    expect(persian("cooldown", { wait: 45 })).toContain("۴۵");
  });

  it("are what every DomainError carries", () => {
    const error = new DomainError("phone_blocked", "phoneBlocked");
    expect(error.reason).toEqual({ key: "phoneBlocked", params: {} });
    expect(error.detail).toBe("This phone number cannot receive codes.");
  });
});

describe("our schemas' messages", () => {
  it("are found again from zod's issue, with their parameters", () => {
    const phone = phoneNumberSchema.safeParse("12345");
    expect(phone.success).toBe(false);
    expect(issueMessageKey(phone.error?.issues[0]?.message ?? "")).toEqual({ key: "phoneInvalid", params: {} });

    const settings = settingsSchema.safeParse({ ...defaultSettings, messageTemplate: "no code here" });
    const issue = settings.error?.issues.find((candidate) => candidate.path[0] === "messageTemplate");
    expect(issue?.message).toBe("must contain {code}");
    expect(issueMessageKey(issue?.message ?? "")?.key).toBe("containsCode");
  });

  it("have a Persian wording for each", () => {
    const persian = createTranslator({ locale: "fa", messages: fa, namespace: "validation.issue" }) as unknown as (
      key: string,
      params: object,
    ) => string;
    for (const [key, english] of Object.entries(en.validation.issue)) {
      const text = persian(key, sampleParams(english));
      expect(text, key).toMatch(/[\u0600-\u06FF]/);
      expect(text, key).not.toMatch(/validation\.issue/);
    }
    expect(persian("containsCode", {})).toBe("باید {code} را داشته باشد");
  });
});
