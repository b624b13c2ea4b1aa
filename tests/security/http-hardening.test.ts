// Finding 8 (the parts a route shows in-process): 405 with a JSON body and Allow on every
// route, a malformed callbackUrl sent to sign-in, codes typed in Persian digits, a locked
// code answered like any invalid one.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { METHOD_NOT_ALLOWED_MARK } from "@/lib/http/methods";
import { otpVerifySchema } from "@/lib/otp/schemas";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = ((request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>) & Record<symbol, unknown>;

beforeAll(() => {
  Object.assign(process.env, {
    NEXTAUTH_URL: "https://otp.example.com",
    NEXTAUTH_SECRET: "http-hardening-secret-0123456789abcdef",
    OTP_SECRET: "http-hardening-otp-0123456789abcdef",
  });
});

async function routeFiles(): Promise<string[]> {
  const entries = await readdir("app", { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name === "route.ts").map((entry) => path.join(entry.parentPath, entry.name));
}

describe("every route", () => {
  it("answers a method it does not implement with 405, a JSON detail and Allow", async () => {
    const files = await routeFiles();
    expect(files.length).toBeGreaterThanOrEqual(16);
    let refused = 0;
    for (const file of files) {
      const routeModule = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, Handler | undefined>;
      for (const method of METHODS) {
        const handler = routeModule[method];
        expect(handler, `${file} does not answer ${method} at all (Next.js would send an empty 405)`).toBeTypeOf("function");
        if (!handler?.[METHOD_NOT_ALLOWED_MARK]) continue;
        refused++;
        const response = await handler(new Request(`http://localhost/${file}`, { method }), { params: Promise.resolve({}) });
        expect(response.status, `${method} ${file}`).toBe(405);
        expect(response.headers.get("allow"), `${method} ${file}`).toMatch(/OPTIONS$/);
        expect(response.headers.get("allow")).not.toContain(method);
        expect(await response.json()).toMatchObject({ code: "method_not_allowed", detail: expect.stringContaining(method) });
      }
    }
    expect(refused).toBeGreaterThan(40);
  });
});

describe("next-auth's endpoints", () => {
  it.each([
    ["/api/auth/signin?callbackUrl=http%3A%2F%2F%5B", {}],
    ["/api/auth/session?callbackUrl=https%3A%2F%2Fevil.example", {}],
    ["/api/auth/csrf?callbackUrl=%2F%2Fevil.example", {}],
    ["/api/auth/providers", { cookie: "next-auth.callback-url=%E0%A4%A" }],
    ["/api/auth/providers", { cookie: "next-auth.callback-url=http%3A%2F%2F%5B" }],
  ])("send a malformed or foreign callbackUrl (%s) to the sign-in page", async (url, headers) => {
    const { GET } = await import("@/app/api/auth/[...nextauth]/route");
    const response = await GET(new Request(`https://otp.example.com${url}`, { headers }), {
      params: Promise.resolve({ nextauth: url.split("?")[0]!.split("/").slice(3) }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("https://otp.example.com/signin");
    expect(response.headers.get("set-cookie")).toContain("next-auth.callback-url=;");
  });
});

describe("codes", () => {
  it("typed in Persian or Arabic-Indic digits are read as the same code", () => {
    expect(otpVerifySchema.parse({ phone_number: "09123456789", code: "۱۲۳۴۵۶" }).code).toBe("123456");
    expect(otpVerifySchema.parse({ phone_number: "09123456789", code: " ١٢٣٤٥٦ " }).code).toBe("123456");
    expect(otpVerifySchema.safeParse({ phone_number: "09123456789", code: "۱۲۳abc" }).success).toBe(false);
  });
});
