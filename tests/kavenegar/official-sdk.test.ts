// Wire compatibility: the official `kavenegar` npm package (a real client of the API)
// against the simulator, compared with what our client gets.
import http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error -- kavenegar 2.0.2 ships no type declarations.
import Kavenegar from "kavenegar";
import { KavenegarClient, KavenegarError } from "@/lib/kavenegar";
import {
  SANDBOX_API_KEY,
  SANDBOX_TEMPLATE,
  SANDBOX_UNASSIGNED_LINE,
  startKavenegarSimulator,
  type KavenegarSimulator,
} from "@/lib/kavenegar/simulator";

type SdkCallback = (entries: unknown, status: number, message: string) => void;
type SdkMethod = (data: Record<string, string>, callback: SdkCallback) => void;
interface SdkApi {
  Send: SdkMethod;
  VerifyLookup: SdkMethod;
  Status: SdkMethod;
  AccountInfo: SdkMethod;
}
const sdk = Kavenegar as { KavenegarApi(options: { apikey: string }): SdkApi };

const NOW = Date.UTC(2026, 0, 15, 8, 30);
const RECEPTOR = "09123456789";
let sim: KavenegarSimulator;
let client: KavenegarClient;
let api: SdkApi;
const originalRequest = http.request;

beforeAll(async () => {
  sim = await startKavenegarSimulator({ clock: () => NOW });
  client = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: sim.url, timeoutMs: 2_000 });
  api = sdk.KavenegarApi({ apikey: SANDBOX_API_KEY });
  // The package hard-codes http://api.kavenegar.com:80. Like a hosts-file entry, send that
  // host's traffic to the simulator; the package's request (absolute-URL path, headers, body) is untouched.
  const redirected = ((options: http.RequestOptions, callback?: (res: http.IncomingMessage) => void) => {
    if (options.host === "api.kavenegar.com" && String(options.port) === "80") {
      const headers = { ...(options.headers as http.OutgoingHttpHeaders | undefined), Host: "api.kavenegar.com" };
      return originalRequest({ ...options, host: "127.0.0.1", port: sim.port, headers }, callback);
    }
    return originalRequest(options, callback);
  }) as typeof http.request;
  http.request = redirected;
});
afterAll(async () => {
  http.request = originalRequest;
  await sim.close();
});
beforeEach(() => sim.state.reset());

function viaSdk(method: SdkMethod, data: Record<string, string>) {
  return new Promise<{ entries: unknown; status: number; message: string }>((resolve) => {
    method.call(api, data, (entries, status, message) => resolve({ entries, status, message }));
  });
}

async function viaClient(promise: Promise<{ entries: unknown; response: { return: { status: number; message: string } } }>) {
  try {
    const { entries, response } = await promise;
    return { entries, status: response.return.status, message: response.return.message };
  } catch (error) {
    if (!(error instanceof KavenegarError)) throw error;
    return { entries: null, status: error.status, message: error.providerMessage };
  }
}

/** The same message but for its id, which each send allocates afresh. */
const withoutIds = (entries: unknown) => (entries as { messageid: number }[]).map(({ messageid: _id, ...rest }) => rest);

describe("official kavenegar package ↔ simulator", () => {
  it("Send gets what our client gets", async () => {
    const data = { receptor: RECEPTOR, message: "سلام، این یک آزمایش است" };
    const theirs = await viaSdk(api.Send, data);
    const ours = await viaClient(client.send(data));
    expect(theirs.status).toBe(200);
    expect(theirs.message).toBe("تایید شد");
    expect({ ...theirs, entries: withoutIds(theirs.entries) }).toEqual({ ...ours, entries: withoutIds(ours.entries) });
    expect(withoutIds(theirs.entries)).toEqual([
      {
        message: data.message,
        status: 1,
        statustext: "در صف ارسال",
        sender: "20005006666",
        receptor: RECEPTOR,
        date: NOW / 1000,
        cost: 120,
      },
    ]);
  });

  it("Send from an unassigned line gets 412 with null entries, like our client", async () => {
    const data = { receptor: RECEPTOR, message: "hi", sender: SANDBOX_UNASSIGNED_LINE };
    const theirs = await viaSdk(api.Send, data);
    expect(theirs).toEqual({ entries: null, status: 412, message: "ارسال کننده نامعتبر است" });
    expect(await viaClient(client.send(data))).toEqual(theirs);
    expect(sim.outbox()).toEqual([]);
  });

  it("VerifyLookup gets what our client gets", async () => {
    const data = { receptor: RECEPTOR, template: SANDBOX_TEMPLATE, token: "582046" };
    const theirs = await viaSdk(api.VerifyLookup, data);
    const ours = await viaClient(client.lookup(data));
    expect(theirs.status).toBe(200);
    expect({ ...theirs, entries: withoutIds(theirs.entries) }).toEqual({ ...ours, entries: withoutIds(ours.entries) });
    expect(sim.outbox().map((message) => message.message)).toEqual(["کد ورود شما: 582046", "کد ورود شما: 582046"]);

    const pending = await viaSdk(api.VerifyLookup, { ...data, template: "pending-template" });
    expect(pending).toEqual({ entries: null, status: 424, message: "الگوی مورد نظر پیدا نشد" });
    expect(await viaClient(client.lookup({ ...data, template: "pending-template" }))).toEqual(pending);
  });

  it("Status gets what our client gets", async () => {
    const { entries } = await client.send({ receptor: [RECEPTOR, "09350000000"], message: "hello" });
    const ids = entries.map((entry) => entry.messageid);
    const data = { messageid: [...ids, 7].join(",") };
    const theirs = await viaSdk(api.Status, data);
    expect(theirs).toEqual(await viaClient(client.status([...ids, 7])));
    expect(theirs.entries).toEqual([
      { messageid: ids[0], status: 1, statustext: "در صف ارسال" },
      { messageid: ids[1], status: 1, statustext: "در صف ارسال" },
      { messageid: 7, status: 100, statustext: "شناسه نامعتبر" },
    ]);
  });

  it("AccountInfo gets what our client gets", async () => {
    const theirs = await viaSdk(api.AccountInfo, {});
    expect(theirs.status).toBe(200);
    expect(theirs).toEqual(await viaClient(client.accountInfo()));
  });
});
