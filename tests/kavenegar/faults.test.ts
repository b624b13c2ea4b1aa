// Fault injection, timeouts, network errors and bad responses, as our client reports them.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { KavenegarClient, KavenegarError } from "@/lib/kavenegar";
import { SANDBOX_API_KEY, startKavenegarSimulator, type KavenegarSimulator } from "@/lib/kavenegar/simulator";
import { caught } from "../helpers/kavenegar-error";

const RECEPTOR = "09123456789";
let sim: KavenegarSimulator;
let client: KavenegarClient;

beforeAll(async () => {
  sim = await startKavenegarSimulator();
  client = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: sim.url, timeoutMs: 300 });
});
afterAll(() => sim.close());
beforeEach(() => sim.state.reset());

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A server that is not Kavenegar, answering every request with this body. */
async function fakeServer(status: number, body: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("fault injection", () => {
  it("adds latency, for the given number of calls", async () => {
    sim.state.injectFault({ latencyMs: 120, times: 1 });
    const timed = async () => {
      const started = performance.now();
      const result = await client.accountInfo();
      return { ms: performance.now() - started, result };
    };
    const slow = await timed();
    expect(slow.ms).toBeGreaterThanOrEqual(110);
    expect(slow.result.entries.type).toBe("master");
    expect((await timed()).ms).toBeLessThan(110);
  });

  it("turns a hanging call into a timeout", async () => {
    sim.state.injectFault({ scope: "sms", method: "send", hang: true });
    const started = performance.now();
    const error = await caught(client.send({ receptor: RECEPTOR, message: "hello" }));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.kind).toBe("timeout");
    expect(error.status).toBeNull();
    expect(error.explanation).toContain("300 ms");
    expect(error.endpoint).toBe("sms/send");
    // Only the matching method is affected.
    expect((await client.accountInfo()).entries.type).toBe("master");
  });

  it("turns latency beyond the timeout into a timeout", async () => {
    sim.state.injectFault({ latencyMs: 1_000, times: 1 });
    expect((await caught(client.accountInfo())).kind).toBe("timeout");
  });

  it.each([500, 502, 503] as const)("reports an HTTP %i with a non-JSON body as bad_response", async (httpStatus) => {
    sim.state.injectFault({ httpStatus, times: 1 });
    const error = await caught(client.send({ receptor: RECEPTOR, message: "hello" }));
    expect(error.kind).toBe("bad_response");
    expect(error.httpStatus).toBe(httpStatus);
    expect(error.status).toBeNull();
    expect(error.explanation).toContain(`HTTP ${httpStatus}`);
    expect(error.explanation).toContain("not JSON");
    expect(sim.outbox()).toEqual([]);
  });

  it.each([
    [409, "سرور قادر به پاسخگوئی نیست بعدا تلاش کنید"],
    [407, "دسترسی به اطلاعات مورد نظر برای شما امکان پذیر نیست"],
    [451, "فراخوانی بیش از حد در بازه زمانی مشخص IP محدود شده"],
  ])("answers an injected API status %i as an api error", async (apiStatus, persian) => {
    sim.state.injectFault({ apiStatus, times: 2 });
    for (let i = 0; i < 2; i++) {
      const error = await caught(client.send({ receptor: RECEPTOR, message: "hello" }));
      expect(error).toMatchObject({ kind: "api", status: apiStatus, httpStatus: apiStatus, providerMessage: persian });
    }
    expect((await client.send({ receptor: RECEPTOR, message: "hello" })).entries).toHaveLength(1);
  });

  it("lists and clears faults", async () => {
    sim.state.injectFault({ scope: "verify", apiStatus: 409, times: 3 });
    sim.state.injectFault({ latencyMs: 5 });
    expect(sim.state.faults()).toEqual([{ scope: "verify", apiStatus: 409, times: 3 }, { latencyMs: 5 }]);
    sim.state.clearFaults();
    expect(sim.state.faults()).toEqual([]);
    expect((await client.lookup({ receptor: RECEPTOR, template: "otp-login", token: "1" })).entries).toHaveLength(1);
  });

  it("close() ends hanging connections", async () => {
    const own = await startKavenegarSimulator();
    own.state.injectFault({ hang: true });
    const patient = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: own.url, timeoutMs: 60_000 });
    const pending = caught(patient.accountInfo());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await pending).kind).toBe("network");
  });
});

describe("transport failures", () => {
  it("reports a refused connection as network", async () => {
    const port = await closedPort();
    const offline = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 1_000 });
    const error = await caught(offline.send({ receptor: RECEPTOR, message: "hello" }));
    expect(error.kind).toBe("network");
    expect(error.explanation).toContain("ECONNREFUSED");
    expect(error.cause).toMatchObject({ code: "ECONNREFUSED" });
  });

  it("reports JSON that is not an envelope as bad_response, keeping it", async () => {
    const { url, server } = await fakeServer(200, '{"ok":true}');
    try {
      const other = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: url, timeoutMs: 1_000 });
      const error = await caught(other.accountInfo());
      expect(error.kind).toBe("bad_response");
      expect(error.response).toEqual({ ok: true });
      expect(error.explanation).toContain("HTTP 200");
    } finally {
      server.close();
    }
  });

  it("reports entries of the wrong shape as bad_response", async () => {
    const body = JSON.stringify({ return: { status: 200, message: "تایید شد" }, entries: [{ messageid: "x" }] });
    const { url, server } = await fakeServer(200, body);
    try {
      const other = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: url, timeoutMs: 1_000 });
      const error = await caught(other.send({ receptor: RECEPTOR, message: "hi" }));
      expect(error.kind).toBe("bad_response");
      expect(error.explanation).toContain("entries[0]");
    } finally {
      server.close();
    }
  });

  it("works through an injected fetch too", async () => {
    const viaFetch = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: sim.url, timeoutMs: 1_000, fetch });
    expect((await viaFetch.send({ receptor: RECEPTOR, message: "hi" })).entries).toHaveLength(1);
    const error = await caught(viaFetch.send({ receptor: RECEPTOR, message: "hi", sender: "10008663" }));
    expect(error).toMatchObject({ kind: "api", status: 412 });
  });
});

describe("the API key never leaks into errors", () => {
  it("for every kind of failure", async () => {
    const key = "LEAK-CANARY-9F2C7A4B/+=-0123456789ABCDEF";
    sim.state.addAccount({ apiKey: key, credit: 0, lines: [{ number: "30005555" }] });
    const keyed = (baseUrl: string, timeoutMs = 300) => new KavenegarClient({ apiKey: key, baseUrl, timeoutMs });
    const port = await closedPort();

    const errors: KavenegarError[] = [];
    errors.push(await caught(keyed(sim.url).send({ receptor: RECEPTOR, message: "hi", sender: "10008663" })));
    errors.push(await caught(keyed(sim.url).send({ receptor: RECEPTOR, message: "hi" })));
    errors.push(await caught(keyed(`http://127.0.0.1:${port}`).accountInfo()));
    sim.state.injectFault({ hang: true, times: 1 });
    errors.push(await caught(keyed(sim.url, 100).accountInfo()));
    sim.state.injectFault({ httpStatus: 502, times: 1 });
    errors.push(await caught(keyed(sim.url).accountInfo()));
    errors.push(await caught(new KavenegarClient({ apiKey: `${key}-unknown`, baseUrl: sim.url, timeoutMs: 300 }).accountInfo()));

    expect(errors.map((error) => [error.kind, error.status])).toEqual([
      ["api", 412],
      ["api", 418],
      ["network", null],
      ["timeout", null],
      ["bad_response", null],
      ["api", 403],
    ]);
    for (const error of errors) {
      const texts = [error.message, error.stack ?? "", JSON.stringify(error), inspect(error, { depth: 10 }), String(error.cause)];
      for (const text of texts) {
        expect(text).not.toContain(key);
        expect(text).not.toContain(encodeURIComponent(key));
      }
    }
  });
});
