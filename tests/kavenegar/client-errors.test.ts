// Our client against the simulator over real HTTP: every error code it must understand.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { describeApiStatus, findApiStatus, KavenegarClient } from "@/lib/kavenegar";
import {
  SANDBOX_API_KEY,
  SANDBOX_CREDIT_RIALS,
  SANDBOX_INACTIVE_LINE,
  SANDBOX_PENDING_TEMPLATE,
  SANDBOX_TEMPLATE,
  SANDBOX_UNASSIGNED_LINE,
  startKavenegarSimulator,
  type KavenegarSimulator,
} from "@/lib/kavenegar/simulator";
import { caught } from "../helpers/kavenegar-error";

const NOW = Date.UTC(2026, 0, 15, 8, 30);
const RECEPTOR = "09123456789";

let sim: KavenegarSimulator;
let client: KavenegarClient;

beforeAll(async () => {
  sim = await startKavenegarSimulator({ clock: () => NOW });
  client = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: sim.url, timeoutMs: 2_000 });
});
afterAll(() => sim.close());
beforeEach(() => sim.state.reset());

const receptors = (count: number) => Array.from({ length: count }, (_, i) => `0912${String(i).padStart(7, "0")}`);

const cases: [string, number, () => Promise<unknown>][] = [
  ["missing receptor", 400, () => client.send({ receptor: "", message: "hello" })],
  ["missing token", 400, () => client.lookup({ receptor: RECEPTOR, template: SANDBOX_TEMPLATE, token: "" })],
  [
    "disabled account",
    401,
    () => {
      sim.state.setDisabled(SANDBOX_API_KEY, true);
      return client.accountInfo();
    },
  ],
  ["unknown API key", 403, () => new KavenegarClient({ apiKey: "NOT-A-REAL-KEY-00000000", baseUrl: sim.url, timeoutMs: 2_000 }).accountInfo()],
  ["invalid receptor", 411, () => client.send({ receptor: "0912345", message: "hello" })],
  ["one invalid receptor among valid ones", 411, () => client.send({ receptor: [RECEPTOR, "12345"], message: "hello" })],
  ["lookup to a landline", 411, () => client.lookup({ receptor: "02188776655", template: SANDBOX_TEMPLATE, token: "1234" })],
  ["sender not assigned to the account", 412, () => client.send({ receptor: RECEPTOR, message: "hi", sender: SANDBOX_UNASSIGNED_LINE })],
  ["inactive sender", 412, () => client.send({ receptor: RECEPTOR, message: "hi", sender: SANDBOX_INACTIVE_LINE })],
  ["default sender set to an unassigned line", 412, () => client.accountConfig({ defaultsender: SANDBOX_UNASSIGNED_LINE })],
  ["blank message", 413, () => client.send({ receptor: RECEPTOR, message: "   " })],
  ["901-character message", 413, () => client.send({ receptor: RECEPTOR, message: "a".repeat(901) })],
  ["201 receptors", 414, () => client.send({ receptor: receptors(201), message: "hello" })],
  ["501 message ids", 414, () => client.status(Array.from({ length: 501 }, (_, i) => i + 1))],
  ["date in the past", 417, () => client.send({ receptor: RECEPTOR, message: "hi", date: new Date(NOW - 3_600_000) })],
  [
    "not enough credit",
    418,
    () => {
      sim.state.setCredit(SANDBOX_API_KEY, 119);
      return client.send({ receptor: RECEPTOR, message: "hello" });
    },
  ],
  ["unknown template", 424, () => client.lookup({ receptor: RECEPTOR, template: "no-such-template", token: "1234" })],
  ["template not approved", 424, () => client.lookup({ receptor: RECEPTOR, template: SANDBOX_PENDING_TEMPLATE, token: "1234" })],
  ["token with a space", 431, () => client.lookup({ receptor: RECEPTOR, template: SANDBOX_TEMPLATE, token: "12 34" })],
  ["token over 100 characters", 431, () => client.lookup({ receptor: RECEPTOR, template: SANDBOX_TEMPLATE, token: "1".repeat(101) })],
  ["token10 with 6 spaces", 431, () => client.lookup({ receptor: RECEPTOR, template: SANDBOX_TEMPLATE, token: "1", token10: "a b c d e f g" })],
  [
    "template without %token",
    432,
    () => {
      sim.state.setTemplate(SANDBOX_API_KEY, { name: "no-token", text: "خوش آمدید", approved: true });
      return client.lookup({ receptor: RECEPTOR, template: "no-token", token: "1234" });
    },
  ],
];

describe("client ← simulator errors", () => {
  it.each(cases)("%s → %i", async (_name, status, run) => {
    const error = await caught(run());
    const info = findApiStatus(status);
    expect(info).toBeDefined();
    expect(error.kind).toBe("api");
    expect(error.status).toBe(status);
    expect(error.httpStatus).toBe(status);
    expect(error.providerMessage).toBe(info?.message);
    expect(error.explanation).toBe(describeApiStatus(status).explanation);
    expect(error.adminHint).toBe(info?.adminHint);
    expect(error.response).toEqual({ return: { status, message: info?.message }, entries: null });
    expect(error.message).toContain(String(status));
    expect(error.message).toContain(info?.message);
    // A refused call charges nothing and stores nothing.
    expect(sim.outbox()).toEqual([]);
  });

  it("names the endpoint and gives the admin something to do", async () => {
    const error = await caught(client.send({ receptor: RECEPTOR, message: "hi", sender: SANDBOX_UNASSIGNED_LINE }));
    expect(error.endpoint).toBe("sms/send");
    expect(error.providerMessage).toBe("ارسال کننده نامعتبر است");
    expect(error.explanation).toMatch(/not assigned to this account or is not active/);
    expect(error.adminHint).toMatch(/active line/);
  });

  it("leaves the credit untouched when refusing for credit", async () => {
    sim.state.setCredit(SANDBOX_API_KEY, 239);
    const error = await caught(client.send({ receptor: [RECEPTOR, "09350000000"], message: "hello" }));
    expect(error.status).toBe(418);
    expect(error.providerMessage).toBe("اعتبار شما کافی نمیباشد");
    expect(sim.state.account(SANDBOX_API_KEY)?.credit).toBe(239);
  });
});

describe("client ← simulator successes", () => {
  it("sends, with typed entries, the raw envelope and a latency", async () => {
    const result = await client.send({ receptor: RECEPTOR, message: "hello" });
    expect(result.response.return).toEqual({ status: 200, message: "تایید شد" });
    expect(result.entries).toEqual([
      {
        messageid: expect.any(Number),
        message: "hello",
        status: 1,
        statustext: "در صف ارسال",
        sender: "20005006666",
        receptor: RECEPTOR,
        date: Math.floor(NOW / 1000),
        cost: 120,
      },
    ]);
    expect(result.response.entries).toEqual(result.entries);
  });

  it("accepts every documented receptor format, with increasing message ids", async () => {
    const forms = ["09123456789", "989123456789", "+989123456789", "00989123456789"];
    const { entries } = await client.send({ receptor: forms, message: "hello", sender: "2000500666", localid: "a1" });
    expect(entries.map((entry) => entry.receptor)).toEqual(forms);
    const ids = entries.map((entry) => entry.messageid);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(new Set(ids).size).toBe(4);
    expect(entries.every((entry) => entry.sender === "2000500666")).toBe(true);
  });

  it("sends a verify lookup rendered from the template", async () => {
    const { entries } = await client.lookup({ receptor: RECEPTOR, template: SANDBOX_TEMPLATE, token: "482913" });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.message).toBe("کد ورود شما: 482913");
    expect(sim.outbox()[0]).toMatchObject({ kind: "verify", template: SANDBOX_TEMPLATE, tokens: { token: "482913" } });
  });

  it("reads the account info", async () => {
    const { entries } = await client.accountInfo();
    expect(entries.remaincredit).toBe(SANDBOX_CREDIT_RIALS);
    expect(entries.type).toBe("master");
    expect(entries.expiredate).toBe(Math.floor(NOW / 1000) + 365 * 24 * 3600);
  });

  it("reads and changes the account config", async () => {
    const before = await client.accountConfig();
    expect(before.entries.defaultsender).toBe("20005006666");
    const after = await client.accountConfig({ defaultsender: "2000500666", dailyreport: "disabled", mincreditalarm: 50_000 });
    expect(after.entries).toMatchObject({ defaultsender: "2000500666", dailyreport: "disabled", mincreditalarm: "50000" });
    const { entries } = await client.send({ receptor: RECEPTOR, message: "hello" });
    expect(entries[0]?.sender).toBe("2000500666");
  });

  it("refuses a plain-HTTP base URL other than a local simulator", () => {
    expect(() => new KavenegarClient({ apiKey: "k", baseUrl: "http://api.kavenegar.com", timeoutMs: 1_000 })).toThrow(/https/);
    expect(() => new KavenegarClient({ apiKey: "k", baseUrl: "https://api.kavenegar.com/", timeoutMs: 1_000 })).not.toThrow();
  });
});
