import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("starts on embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.KAVENEGAR_API_KEY).toBeUndefined();
    expect(env.KAVENEGAR_BASE_URL).toBe("https://api.kavenegar.com");
    expect(env.KAVENEGAR_TIMEOUT_MS).toBe(10_000);
    expect(env.PGLITE_DATA_DIR).toBe(".data/pglite");
  });

  it("treats empty values, as in a copied .env.example, as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", KAVENEGAR_API_KEY: "  ", KAVENEGAR_SENDER: "" }).KAVENEGAR_API_KEY).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: "mysql://x" }, /^DATABASE_URL must be a postgresql:\/\/ URL/],
    [{ KAVENEGAR_TIMEOUT_MS: "soon" }, /^KAVENEGAR_TIMEOUT_MS /],
    [{ KAVENEGAR_BASE_URL: "not a url" }, /^KAVENEGAR_BASE_URL /],
    [{ KAVENEGAR_SENDER: "10008663; rm" }, /^KAVENEGAR_SENDER must be a line number/],
    [{ ADMIN_EMAIL: "root" }, /^ADMIN_EMAIL /],
    [{ KAVENEGAR_API_KEY: "live-key" }, /^OTP_SECRET is required when KAVENEGAR_API_KEY is set/],
  ])("names the variable in %o", (source, message) => {
    expect(problems(source).some((problem) => message.test(problem))).toBe(true);
  });

  it("never echoes a secret's value", () => {
    const text = problems({ KAVENEGAR_API_KEY: "live-key-abc", OTP_SECRET: "short-secret" }).join("\n");
    expect(text).toMatch(/OTP_SECRET must be at least 32 characters/);
    expect(text).not.toContain("short-secret");
    expect(text).not.toContain("live-key-abc");
  });
});
