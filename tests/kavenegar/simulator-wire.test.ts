// The simulator's HTTP surface as any client sees it: URLs, verbs, envelope, status codes.
import { request } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findApiStatus } from "@/lib/kavenegar";
import { SANDBOX_API_KEY, startKavenegarSimulator, type KavenegarSimulator } from "@/lib/kavenegar/simulator";

const NOW = Date.UTC(2026, 0, 15, 8, 30);
let sim: KavenegarSimulator;

beforeAll(async () => {
  sim = await startKavenegarSimulator({ clock: () => NOW });
});
afterAll(() => sim.close());
beforeEach(() => sim.state.reset());

interface Envelope {
  return: { status: number; message: string };
  entries: unknown;
}

/** node:http rather than fetch: Node's fetch hides the body of an HTTP 407. */
function raw(url: URL, method: string, body?: string): Promise<{ status: number; contentType: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: body ? { "Content-Type": "application/x-www-form-urlencoded" } : {} }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: res.headers["content-type"] ?? "", text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function call(path: string, init: { method?: string; query?: Record<string, string>; form?: Record<string, string>; key?: string } = {}) {
  const url = new URL(`${sim.url}/v1/${encodeURIComponent(init.key ?? SANDBOX_API_KEY)}/${path}`);
  for (const [name, value] of Object.entries(init.query ?? {})) url.searchParams.set(name, value);
  const res = await raw(url, init.method ?? (init.form ? "POST" : "GET"), init.form && new URLSearchParams(init.form).toString());
  const body = JSON.parse(res.text) as Envelope;
  // Kavenegar's rule: the HTTP status is return.status, and the message is the documented one.
  expect(res.status).toBe(body.return.status);
  expect(body.return.message).toBe(findApiStatus(body.return.status)?.message);
  expect(res.contentType).toBe("application/json; charset=utf-8");
  if (body.return.status !== 200) expect(body.entries).toBeNull();
  return body;
}

const send = { receptor: "09123456789", message: "hello" };

describe("routes and verbs", () => {
  it("answers POST with a form body", async () => {
    const body = await call("sms/send.json", { form: send });
    expect(body.return).toEqual({ status: 200, message: "تایید شد" });
    expect(body.entries).toHaveLength(1);
  });

  it("answers GET with a query string", async () => {
    const body = await call("sms/send.json", { query: send });
    expect(body.return.status).toBe(200);
  });

  it("merges the query string and the form body", async () => {
    const body = await call("sms/send.json", { query: { receptor: "09123456789" }, form: { message: "merged" } });
    expect(body.entries).toMatchObject([{ message: "merged", receptor: "09123456789" }]);
  });

  it("accepts a trailing slash", async () => {
    expect((await call("sms/send.json/", { form: send })).return.status).toBe(200);
    expect((await call("account/info.json/")).return.status).toBe(200);
  });

  it("answers 403 for an unknown key", async () => {
    expect((await call("account/info.json", { key: "nope" })).return.status).toBe(403);
  });

  it("answers 404 for an unknown method or scope, and for other paths", async () => {
    expect((await call("sms/teleport.json", { form: send })).return.status).toBe(404);
    expect((await call("fax/send.json", { form: send })).return.status).toBe(404);
    const res = await raw(new URL(`${sim.url}/v2/${SANDBOX_API_KEY}/sms/send.json`), "GET");
    expect(res.status).toBe(404);
  });

  it("answers 405 for sendarray by GET and for other verbs", async () => {
    const arrays = { receptor: '["09123456789"]', sender: '["20005006666"]', message: '["hi"]' };
    expect((await call("sms/sendarray.json", { query: arrays })).return.status).toBe(405);
    expect((await call("sms/send.json", { method: "PUT", form: send })).return.status).toBe(405);
    expect((await call("sms/sendarray.json", { form: arrays })).return.status).toBe(200);
  });

  it("sends arrays with sendarray and answers 419 for unequal lengths", async () => {
    const body = await call("sms/sendarray.json", {
      form: {
        receptor: '["09123456789","09350000000"]',
        sender: '["20005006666","2000500666"]',
        message: '["first","second"]',
      },
    });
    expect(body.entries).toMatchObject([
      { receptor: "09123456789", sender: "20005006666", message: "first" },
      { receptor: "09350000000", sender: "2000500666", message: "second" },
    ]);
    const unequal = await call("sms/sendarray.json", {
      form: { receptor: '["09123456789","09350000000"]', sender: '["20005006666"]', message: '["a","b"]' },
    });
    expect(unequal.return.status).toBe(419);
  });

  it("answers utils/getdate with the server time", async () => {
    const body = await call("utils/getdate.json");
    expect(body.entries).toMatchObject({ unixtime: Math.floor(NOW / 1000), datetime: "2026-01-15 12:00:00" });
  });
});

describe("parameter rules", () => {
  it.each(["09123456789", "989123456789", "+989123456789", "00989123456789"])("accepts receptor %s", async (receptor) => {
    expect((await call("sms/send.json", { form: { ...send, receptor } })).return.status).toBe(200);
  });

  it.each(["9123456789", "0912345678", "+98912345678", "08123456789", "0912345678a", "0098 9123456789"])(
    "answers 411 for receptor %s",
    async (receptor) => {
      expect((await call("sms/send.json", { form: { ...send, receptor } })).return.status).toBe(411);
    },
  );

  it.each([
    ["no receptor", 400, { message: "hi" }],
    ["no message", 400, { receptor: "09123456789" }],
    ["empty message", 413, { ...send, message: "" }],
    ["900 characters", 200, { ...send, message: "x".repeat(900) }],
    ["901 characters", 413, { ...send, message: "x".repeat(901) }],
    ["date not a number", 417, { ...send, date: "tomorrow" }],
    ["date in the past", 417, { ...send, date: String(Math.floor(NOW / 1000) - 3600) }],
    ["date in the future", 200, { ...send, date: String(Math.floor(NOW / 1000) + 3600) }],
    ["bad tag", 607, { ...send, tag: "no spaces allowed" }],
  ] as const)("sms/send with %s → %i", async (_name, status, form) => {
    expect((await call("sms/send.json", { form })).return.status).toBe(status);
  });

  it("counts 200 receptors as fine and 201 as too many", async () => {
    const list = (count: number) => Array.from({ length: count }, (_, i) => `0912${String(i).padStart(7, "0")}`).join(",");
    expect((await call("sms/send.json", { form: { ...send, receptor: list(200) } })).return.status).toBe(200);
    expect((await call("sms/send.json", { form: { ...send, receptor: list(201) } })).return.status).toBe(414);
  });

  it("answers verify/lookup errors in the documented order", async () => {
    const lookup = { receptor: "09123456789", template: "otp-login", token: "1234" };
    expect((await call("verify/lookup.json", { form: lookup })).return.status).toBe(200);
    expect((await call("verify/lookup.json", { form: { ...lookup, receptor: "0912,0935" } })).return.status).toBe(411);
    expect((await call("verify/lookup.json", { form: { ...lookup, token: "12 34" } })).return.status).toBe(431);
    expect((await call("verify/lookup.json", { form: { ...lookup, token2: "a b" } })).return.status).toBe(431);
    expect((await call("verify/lookup.json", { form: { ...lookup, token20: "a b c d e f g h i" } })).return.status).toBe(200);
    expect((await call("verify/lookup.json", { form: { ...lookup, type: "call", token: "abc" } })).return.status).toBe(428);
    expect((await call("verify/lookup.json", { form: { ...lookup, template: "pending-template" } })).return.status).toBe(424);
  });

  it("answers 407 for outbox methods when the account has no outbox access", async () => {
    sim.state.patchAccount(SANDBOX_API_KEY, { outboxAccess: false });
    expect((await call("sms/latestoutbox.json")).return.status).toBe(407);
    expect((await call("sms/select.json", { query: { messageid: "1" } })).return.status).toBe(407);
  });
});
