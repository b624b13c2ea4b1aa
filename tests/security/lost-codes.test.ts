// Finding 7: an SMS that left is never unverifiable. The provider's answer and the
// challenge's new status are written in one statement, and a challenge whose answer was
// lost (a process stopped mid-request, our own write failed) stays verifiable.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppContext } from "@/lib/context";
import { openDatabase, type Database } from "@/lib/db/database";
import { errorResponse } from "@/lib/http/errors";
import { KavenegarClient } from "@/lib/kavenegar";
import { SANDBOX_API_KEY } from "@/lib/kavenegar/simulator";
import { requestOtp, verifyOtp } from "@/lib/otp/service";
import { seedSenderLines } from "@/lib/senders/store";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { createTestContext, lastCodeSentTo, type TestContext } from "../helpers/test-context";

const OTP_SECRET = "lost-codes-otp-secret-0123456789abcdef";
let t: TestContext;
let ctx: AppContext;

beforeAll(async () => {
  t = await createTestContext();
  ctx = { ...t.ctx, otpSecret: OTP_SECRET };
});
afterAll(async () => {
  await t.close();
});

describe("the answer and the challenge", () => {
  it("are written together: every sent attempt's challenge is sent", async () => {
    await requestOtp(ctx, { phone_number: "+989121230000" }, { clientAddress: "192.0.2.40" });
    const rows = await t.database.sql.query<{ outcome: string; status: string }>(
      "SELECT a.outcome, c.status FROM send_attempts a JOIN otp_challenges c ON c.id = a.challenge_id WHERE a.phone = '+989121230000'",
    );
    expect(rows).toEqual([{ outcome: "sent", status: "sent" }]);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("a request cut off after the provider answered", () => {
  it("leaves a code the user can still verify when the process is killed", async () => {
    const phone = "+989121230001";
    t.simulator.state.injectFault({ scope: "sms", method: "send", answerDelayMs: 10_000, times: 1 });
    const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/otp-request-process.ts", t.database.url ?? "", t.simulator.url, phone], {
      env: { ...process.env, OTP_SECRET },
      stdio: "pipe",
    });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    // The SMS has left (it is in the provider's outbox); the answer is still on its way.
    await expect.poll(() => t.simulator.outbox().some((message) => message.receptor === "09121230001"), { timeout: 20_000 }).toBe(true);
    child.kill("SIGKILL");
    await exited;

    const code = lastCodeSentTo(t.simulator, phone);
    await expect(verifyOtp(ctx, { phone_number: phone, code })).resolves.toMatchObject({ verified: true });
  }, 40_000);

  it("leaves it verifiable when our own write of the answer fails", async () => {
    const target = new URL(process.env.TEST_DATABASE_URL ?? "");
    const proxy: TcpProxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const flaky: Database = await openDatabase({ url: proxy.urlFor(new URL(t.database.url ?? "").pathname.slice(1)), connectTimeoutMs: 500 });
    try {
      const flakyCtx: AppContext = {
        ...ctx,
        db: flaky.prisma,
        sql: flaky.sql,
        kavenegar: new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: t.simulator.url, timeoutMs: 5_000 }),
      };
      await seedSenderLines(flaky.prisma, [], undefined);
      const phone = "+989121230002";
      t.simulator.state.injectFault({ scope: "sms", method: "send", answerDelayMs: 1_000, times: 1 });
      const pending = requestOtp(flakyCtx, { phone_number: phone }, { clientAddress: "192.0.2.41" });
      await expect.poll(() => t.simulator.outbox().some((message) => message.receptor === "09121230002"), { timeout: 5_000 }).toBe(true);
      proxy.setMode("refuse");
      proxy.dropConnections();
      const failure = await pending.then(
        () => null,
        (error: unknown) => error,
      );
      expect(errorResponse(failure).status).toBe(503);

      const code = lastCodeSentTo(t.simulator, phone);
      await expect(verifyOtp(ctx, { phone_number: phone, code })).resolves.toMatchObject({ verified: true });
    } finally {
      await flaky.close();
      await proxy.close();
    }
  }, 30_000);
});
