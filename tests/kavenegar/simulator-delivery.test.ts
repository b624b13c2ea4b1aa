// Delivery progress on the injected clock, the outbox, credit and cancellation.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { KavenegarClient } from "@/lib/kavenegar";
import {
  PRICE_PER_PART_RIALS,
  SANDBOX_API_KEY,
  SANDBOX_CREDIT_RIALS,
  messageParts,
  startKavenegarSimulator,
  type KavenegarSimulator,
} from "@/lib/kavenegar/simulator";

const START = Date.UTC(2026, 0, 15, 8, 30);
let now = START;
let sim: KavenegarSimulator;
let client: KavenegarClient;
const RECEPTOR = "09123456789";

beforeAll(async () => {
  sim = await startKavenegarSimulator({ clock: () => now });
  client = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: sim.url, timeoutMs: 2_000 });
});
afterAll(() => sim.close());
beforeEach(() => {
  now = START;
  sim.state.reset();
});

async function statusOf(messageid: number) {
  const { entries } = await client.status([messageid]);
  return entries[0];
}

async function form(path: string, params: Record<string, string>) {
  const res = await fetch(`${sim.url}/v1/${SANDBOX_API_KEY}/${path}`, { method: "POST", body: new URLSearchParams(params) });
  return (await res.json()) as { return: { status: number }; entries: { messageid: number; status: number; statustext: string }[] };
}

describe("delivery statuses", () => {
  it("go from queued to the operator to delivered", async () => {
    const { entries } = await client.send({ receptor: RECEPTOR, message: "hello" });
    const id = entries[0]?.messageid ?? 0;
    expect(await statusOf(id)).toEqual({ messageid: id, status: 1, statustext: "در صف ارسال" });
    now += 999;
    expect((await statusOf(id))?.status).toBe(1);
    now += 1;
    expect(await statusOf(id)).toEqual({ messageid: id, status: 4, statustext: "ارسال شده به مخابرات" });
    now += 2_000;
    expect(await statusOf(id)).toEqual({ messageid: id, status: 10, statustext: "رسیده به گیرنده" });
  });

  it("start as scheduled (2) for a future date, then progress from that date", async () => {
    const sendAt = new Date(START + 600_000);
    const { entries } = await client.send({ receptor: RECEPTOR, message: "later", date: sendAt });
    expect(entries[0]).toMatchObject({ status: 2, statustext: "زمان بندی شده", date: sendAt.getTime() / 1000 });
    const id = entries[0]?.messageid ?? 0;
    now = sendAt.getTime() - 1;
    expect((await statusOf(id))?.status).toBe(2);
    now = sendAt.getTime();
    expect((await statusOf(id))?.status).toBe(1);
    now = sendAt.getTime() + 3_000;
    expect((await statusOf(id))?.status).toBe(10);
  });

  it("answer 100 for unknown ids, other accounts' ids and messages older than 48 hours", async () => {
    sim.state.addAccount({ apiKey: "OTHER-ACCOUNT-KEY-1234567890", credit: 10_000, lines: [{ number: "30009999" }] });
    const other = new KavenegarClient({ apiKey: "OTHER-ACCOUNT-KEY-1234567890", baseUrl: sim.url, timeoutMs: 2_000 });
    const theirs = (await other.send({ receptor: RECEPTOR, message: "theirs" })).entries[0]?.messageid ?? 0;
    const mine = (await client.send({ receptor: RECEPTOR, message: "mine" })).entries[0]?.messageid ?? 0;

    const { entries } = await client.status([mine, theirs, "999"]);
    expect(entries).toEqual([
      { messageid: mine, status: 1, statustext: "در صف ارسال" },
      { messageid: theirs, status: 100, statustext: "شناسه نامعتبر" },
      { messageid: 999, status: 100, statustext: "شناسه نامعتبر" },
    ]);
    now += 49 * 3600 * 1000;
    expect((await statusOf(mine))?.status).toBe(100);
  });

  it("end in the outcome set for a receptor", async () => {
    sim.state.setDeliveryOutcome("+989350000000", 11);
    const { entries } = await client.send({ receptor: "09350000000", message: "hello" });
    now += 5_000;
    expect(await statusOf(entries[0]?.messageid ?? 0)).toMatchObject({ status: 11, statustext: "نرسیده به گیرنده" });
  });
});

describe("outbox", () => {
  it("keeps every message with its text, for reading OTP codes in the sandbox", async () => {
    await client.lookup({ receptor: RECEPTOR, template: "otp-login", token: "731904" });
    await client.send({ receptor: "09350000000", message: "second" });
    const outbox = sim.outbox();
    expect(outbox.map((message) => message.message)).toEqual(["کد ورود شما: 731904", "second"]);
    expect(outbox[0]).toMatchObject({ receptor: RECEPTOR, status: 1, kind: "verify", tokens: { token: "731904" } });
    expect(sim.state.outbox(SANDBOX_API_KEY)).toEqual(outbox);
  });

  it("answers latestoutbox newest first and select by id", async () => {
    const first = (await client.send({ receptor: RECEPTOR, message: "one" })).entries[0]?.messageid ?? 0;
    await client.send({ receptor: RECEPTOR, message: "two", sender: "2000500666" });
    const latest = await form("sms/latestoutbox.json", { pagesize: "10" });
    expect(latest.entries.map((entry) => entry.messageid)).toEqual([first + 1, first]);
    const bySender = await form("sms/latestoutbox.json", { sender: "2000500666" });
    expect(bySender.entries).toHaveLength(1);
    const selected = await form("sms/select.json", { messageid: `${first},123` });
    expect(selected.entries).toMatchObject([{ messageid: first, message: "one" }]);
  });
});

describe("credit", () => {
  it.each([
    ["160 Latin characters", "a".repeat(160), 1],
    ["161 Latin characters", "a".repeat(161), 2],
    ["306 Latin characters", "a".repeat(306), 2],
    ["307 Latin characters", "a".repeat(307), 3],
    ["70 Persian characters", "س".repeat(70), 1],
    ["71 Persian characters", "س".repeat(71), 2],
    ["135 Persian characters", "س".repeat(135), 3],
  ])("charges %s as %i part(s) per receptor", async (_name, message, parts) => {
    expect(messageParts(message)).toBe(parts);
    const { entries } = await client.send({ receptor: [RECEPTOR, "09350000000"], message });
    expect(entries.map((entry) => entry.cost)).toEqual([parts * PRICE_PER_PART_RIALS, parts * PRICE_PER_PART_RIALS]);
    const info = await client.accountInfo();
    expect(info.entries.remaincredit).toBe(SANDBOX_CREDIT_RIALS - 2 * parts * PRICE_PER_PART_RIALS);
  });

  it("sends with exactly enough credit, leaving zero", async () => {
    sim.state.setCredit(SANDBOX_API_KEY, PRICE_PER_PART_RIALS);
    await client.send({ receptor: RECEPTOR, message: "hi" });
    expect((await client.accountInfo()).entries.remaincredit).toBe(0);
  });

  it("refunds a cancelled message, but cannot cancel one already with the operator", async () => {
    const queued = (await client.send({ receptor: RECEPTOR, message: "cancel me" })).entries[0]?.messageid ?? 0;
    const cancelled = await form("sms/cancel.json", { messageid: String(queued) });
    expect(cancelled.entries).toEqual([{ messageid: queued, status: 13, statustext: "لغو شده" }]);
    expect((await statusOf(queued))?.status).toBe(13);
    expect((await client.accountInfo()).entries.remaincredit).toBe(SANDBOX_CREDIT_RIALS);

    const sent = (await client.send({ receptor: RECEPTOR, message: "too late" })).entries[0]?.messageid ?? 0;
    now += 1_500;
    const late = await form("sms/cancel.json", { messageid: `${sent},42` });
    expect(late.entries).toMatchObject([
      { messageid: sent, status: 4 },
      { messageid: 42, status: 100 },
    ]);
    expect((await client.accountInfo()).entries.remaincredit).toBe(SANDBOX_CREDIT_RIALS - PRICE_PER_PART_RIALS);
  });
});
