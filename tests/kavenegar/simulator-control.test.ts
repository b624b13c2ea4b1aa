// The /__sim/ HTTP controls, as a test driving a separately started simulator uses them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KavenegarClient, KavenegarError } from "@/lib/kavenegar";
import { SANDBOX_API_KEY, SANDBOX_CREDIT_RIALS, startKavenegarSimulator, type KavenegarSimulator } from "@/lib/kavenegar/simulator";

let sim: KavenegarSimulator;
let client: KavenegarClient;
const RECEPTOR = "09123456789";

beforeAll(async () => {
  sim = await startKavenegarSimulator({ clock: () => Date.UTC(2026, 0, 15, 8, 30) });
  client = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: sim.url, timeoutMs: 2_000 });
});
afterAll(() => sim.close());

async function control(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}/__sim/${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } }),
  });
  expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => expect.unreachable("expected a KavenegarError"),
    (error: unknown) => (error instanceof KavenegarError ? [error.kind, error.status] : error),
  );
}

describe("/__sim/ controls", () => {
  it("reports health", async () => {
    expect(await control("GET", "health")).toEqual({ status: 200, body: { ok: true } });
  });

  it("injects, lists and clears faults", async () => {
    expect((await control("POST", "faults", { scope: "sms", method: "send", apiStatus: 409, times: 1 })).status).toBe(200);
    expect((await control("GET", "faults")).body).toEqual({ faults: [{ scope: "sms", method: "send", apiStatus: 409, times: 1 }] });
    expect(await failure(client.send({ receptor: RECEPTOR, message: "hi" }))).toEqual(["api", 409]);
    expect((await client.send({ receptor: RECEPTOR, message: "hi" })).entries).toHaveLength(1);

    await control("POST", "faults", { httpStatus: 503 });
    expect(await failure(client.accountInfo())).toEqual(["bad_response", null]);
    expect(await control("DELETE", "faults")).toEqual({ status: 200, body: { faults: [] } });
    expect((await client.accountInfo()).response.return.status).toBe(200);
  });

  it("rejects malformed control bodies with the field named", async () => {
    const bad = await control("POST", "faults", { httpStatus: 404 });
    expect(bad.status).toBe(400);
    expect(String(bad.body.error)).toContain("httpStatus");
    expect((await control("POST", `accounts/${SANDBOX_API_KEY}`, { credit: -1 })).status).toBe(400);
    expect((await control("GET", "nothing-here")).status).toBe(404);
  });

  it("patches an account: credit, disabled, lines, templates", async () => {
    const key = encodeURIComponent(SANDBOX_API_KEY);
    expect((await control("POST", `accounts/${key}`, { credit: 100 })).body).toMatchObject({ credit: 100 });
    expect(await failure(client.send({ receptor: RECEPTOR, message: "hi" }))).toEqual(["api", 418]);

    await control("POST", `accounts/${key}`, { credit: 10_000, disabled: true });
    expect(await failure(client.accountInfo())).toEqual(["api", 401]);
    await control("POST", `accounts/${key}`, { disabled: false });

    await control("POST", `accounts/${key}`, { lines: [{ number: "10008663", active: true }] });
    expect((await client.send({ receptor: RECEPTOR, message: "hi", sender: "10008663" })).entries).toHaveLength(1);
    await control("POST", `accounts/${key}`, { lines: [{ number: "10008663", active: false }] });
    expect(await failure(client.send({ receptor: RECEPTOR, message: "hi", sender: "10008663" }))).toEqual(["api", 412]);
    await control("POST", `accounts/${key}`, { removeLines: ["10008663"] });
    expect((await control("GET", `accounts/${key}`)).body.lines).not.toContainEqual(expect.objectContaining({ number: "10008663" }));

    await control("POST", `accounts/${key}`, { templates: [{ name: "pending-template", text: "کد: %token", approved: true }] });
    expect((await client.lookup({ receptor: RECEPTOR, template: "pending-template", token: "1" })).entries).toHaveLength(1);
    expect((await control("POST", "accounts/unknown-key", { credit: 1 })).status).toBe(404);
  });

  it("creates accounts, shows outboxes, moves the clock and resets", async () => {
    const created = await control("POST", "accounts", { apiKey: "SECOND-ACCOUNT-KEY-0000", credit: 1_000, lines: [{ number: "30004444" }] });
    expect(created.body).toMatchObject({ apiKey: "SECOND-ACCOUNT-KEY-0000", credit: 1_000, config: { defaultsender: "30004444" } });
    const second = new KavenegarClient({ apiKey: "SECOND-ACCOUNT-KEY-0000", baseUrl: sim.url, timeoutMs: 2_000 });
    const id = (await second.send({ receptor: RECEPTOR, message: "from the second account" })).entries[0]?.messageid;

    const outbox = await control("GET", "outbox?key=SECOND-ACCOUNT-KEY-0000");
    expect(outbox.body.messages).toEqual([expect.objectContaining({ messageid: id, message: "from the second account", status: 1 })]);

    await control("POST", "clock", { advanceMs: 5_000 });
    expect((await second.status([id ?? 0])).entries[0]?.status).toBe(10);

    expect(await control("POST", "reset")).toEqual({ status: 200, body: { ok: true } });
    expect(await failure(second.accountInfo())).toEqual(["api", 403]);
    expect((await client.accountInfo()).entries.remaincredit).toBe(SANDBOX_CREDIT_RIALS);
    expect((await control("GET", `outbox?key=${SANDBOX_API_KEY}`)).body.messages).toEqual([]);
  });
});
