// `npm run kavenegar:check` as an operator runs it: a separate process on the app's database,
// asking Kavenegar (the simulator over HTTP) for the account, and exiting 1 when the next OTP
// would fail.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SANDBOX_API_KEY } from "@/lib/kavenegar/simulator";
import { requestOtp } from "@/lib/otp/service";
import { listSenderLines, setActiveSender } from "@/lib/senders/store";
import { updateSettings } from "@/lib/settings/store";
import { bareEnv } from "../helpers/app-server";
import { createTestContext, type TestContext } from "../helpers/test-context";

let t: TestContext;
let counter = 0;

function runCheck(): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/kavenegar-check.ts"], {
    env: bareEnv({
      DATABASE_URL: t.database.url ?? "",
      KAVENEGAR_API_KEY: SANDBOX_API_KEY,
      KAVENEGAR_BASE_URL: t.simulator.url,
      OTP_SECRET: "check-otp-secret-0123456789abcdef0123456789",
      NEXTAUTH_SECRET: "check-auth-secret-0123456789abcdef012345678",
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, output })));
}

async function activate(number: string) {
  const line = (await listSenderLines(t.ctx.db)).find((candidate) => candidate.number === number);
  if (!line) throw new Error(`no line ${number}`);
  await setActiveSender(t.ctx.db, line.id);
}

const sendOne = () =>
  requestOtp(t.ctx, { phone_number: `+98912555${String(counter++).padStart(4, "0")}` }, { clientAddress: "203.0.113.5" }).catch(() => null);

describe.runIf(process.env.TEST_DATABASE_URL)("npm run kavenegar:check", () => {
  beforeAll(async () => {
    t = await createTestContext();
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await updateSettings(t.ctx.db, { failover: "off" });
    await activate("20005006666");
  });

  it("prints the account, every line and the next OTP's line, and exits 0 when it would be sent", async () => {
    await sendOne();
    const { code, output } = await runCheck();
    expect(output).toMatch(/credit\s+4,9\d\d,\d{3} rials/);
    expect(output).toMatch(/20005006666\s+ACTIVE\s+enabled\s+works/);
    expect(output).toMatch(/10008663\s+enabled\s+unknown/);
    expect(output).toContain("Next OTP: would be sent via 20005006666");
    expect(output).not.toContain(SANDBOX_API_KEY);
    expect(output).toContain("SAND…6172");
    expect(code).toBe(0);
  });

  it("exits 1 when the active line was refused and nothing routes around it, naming it and the open incident", async () => {
    await activate("10008663");
    await sendOne();
    const { code, output } = await runCheck();
    expect(output).toMatch(/10008663\s+ACTIVE\s+enabled\s+refused\s+refused with 412/);
    expect(output).toContain("Kavenegar refuses sender line 10008663");
    expect(output).toContain("Next OTP: WOULD FAIL");
    expect(output).toContain("Set another line active.");
    expect(code).toBe(1);
  });

  it("exits 0 when failover would send from the next line, and says which", async () => {
    await activate("10008663");
    await sendOne();
    await updateSettings(t.ctx.db, { failover: "next_line" });
    const { code, output } = await runCheck();
    expect(output).toMatch(/Next OTP: would be sent via \d+/);
    expect(output).toContain("failover would send from");
    expect(code).toBe(0);
  });

  it("exits 1 when the account has no credit", async () => {
    t.simulator.state.setCredit(SANDBOX_API_KEY, 0);
    try {
      const { code, output } = await runCheck();
      expect(output).toContain("No credit left");
      expect(output).toContain("Next OTP: WOULD FAIL");
      expect(code).toBe(1);
    } finally {
      t.simulator.state.setCredit(SANDBOX_API_KEY, 5_000_000);
    }
  });
});
