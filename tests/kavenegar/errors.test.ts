import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { KavenegarClient, KavenegarError, maskApiKey, scrubApiKey } from "@/lib/kavenegar";

const KEY = "7A4B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8A9B0C1D2E3F4A5B6C7D8E9F9F2C";

function allText(error: unknown): string {
  const parts = [String(error), inspect(error, { depth: 10 }), JSON.stringify(error)];
  if (error instanceof Error) parts.push(error.message, error.stack ?? "", String(error.cause));
  return parts.join("\n");
}

describe("maskApiKey", () => {
  it("shows the first and last 4 characters only", () => {
    expect(maskApiKey(KEY)).toBe("7A4B…9F2C");
  });

  it("masks short keys fully", () => {
    expect(maskApiKey("short-key")).toBe("****");
    expect(maskApiKey("")).toBe("****");
  });
});

describe("scrubApiKey", () => {
  it("replaces the raw and URL-encoded key", () => {
    const key = "abc/def+ghi=jkl mno";
    const text = `POST https://api.kavenegar.com/v1/${encodeURIComponent(key)}/sms/send.json failed; key ${key}`;
    const scrubbed = scrubApiKey(text, key);
    expect(scrubbed).not.toContain(key);
    expect(scrubbed).not.toContain(encodeURIComponent(key));
    expect(scrubbed).toContain(maskApiKey(key));
  });
});

describe("KavenegarError", () => {
  it("composes a message from the status, the Persian text and the explanation", () => {
    const error = new KavenegarError({
      kind: "api",
      status: 412,
      providerMessage: "ارسال کننده نامعتبر است",
      explanation: "Invalid sender.",
      endpoint: "sms/send",
    });
    expect(error.name).toBe("KavenegarError");
    expect(error.message).toBe("Kavenegar API error 412 (sms/send): ارسال کننده نامعتبر است – Invalid sender.");
    expect(error.stack?.startsWith("KavenegarError: Kavenegar API error 412")).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ kind: "api", status: 412, endpoint: "sms/send" });
  });

  it("scrubs the key from an underlying error, its cause chain and the response", () => {
    const inner = Object.assign(new Error(`getaddrinfo ENOTFOUND for /v1/${KEY}/sms/send.json`), { code: "ENOTFOUND" });
    const error = new KavenegarError({
      kind: "network",
      explanation: `Could not reach https://api.kavenegar.com/v1/${KEY}/sms/send.json`,
      cause: new TypeError("fetch failed", { cause: inner }),
      response: { echoed: `/v1/${KEY}/` },
      apiKey: KEY,
    });
    expect(allText(error)).not.toContain(KEY);
    expect(error.message).toContain("7A4B…9F2C");
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).cause).toMatchObject({ code: "ENOTFOUND" });
  });

  it("keeps the key out when a fetch implementation puts the URL in its error", async () => {
    const key = "key/with+special=chars-0123456789";
    const client = new KavenegarClient({
      apiKey: key,
      baseUrl: "https://api.kavenegar.com",
      timeoutMs: 1_000,
      fetch: async (input) => {
        const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
        throw new TypeError(`Failed to parse URL from ${url}`, { cause: new Error(`bad url ${url}`) });
      },
    });
    const error = await client.accountInfo().then(
      () => expect.unreachable(),
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(KavenegarError);
    expect((error as KavenegarError).kind).toBe("network");
    const text = allText(error);
    expect(text).not.toContain(key);
    expect(text).not.toContain(encodeURIComponent(key));
  });
});

describe("KavenegarError across bundles", () => {
  it("is recognised by instanceof when thrown by another copy of the class", async () => {
    const copy = (await import(/* @vite-ignore */ `../../lib/kavenegar/errors.ts?copy=${Date.now()}`)) as typeof import("@/lib/kavenegar/errors");
    expect(copy.KavenegarError).not.toBe(KavenegarError);
    const foreign = new copy.KavenegarError({ kind: "timeout", explanation: "no answer" });
    expect(foreign instanceof KavenegarError).toBe(true);
    expect(new Error("plain") instanceof KavenegarError).toBe(false);
  });
});
