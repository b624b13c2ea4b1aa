// The e-mail channel against a real SMTP server (smtp-server, plain SMTP with a password).
import net from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeApiStatus } from "@/lib/kavenegar";
import { sendEmail, type EmailConfig } from "@/lib/notifications/email";
import { noticeTitle } from "@/lib/notifications/notice";
import { freePort } from "../helpers/app-server";
import { CONSOLE_URL, lineRefusedNotice } from "./fixtures";
import { parseMessage } from "./mime";

const USER = "alerts";
// Characters that must be percent-encoded in the URL: both spellings must stay hidden.
const PASSWORD = "s3cret/p@ss:word";
const FROM = "OTP gateway <alerts@otp.example.com>";
const TO = ["ops@example.com", "oncall@example.com"];
const notice = lineRefusedNotice("opened");

interface Received {
  mailFrom: string;
  rcptTo: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port: number;

const smtpUrl = (password: string, toPort = port) => `smtp://${USER}:${encodeURIComponent(password)}@127.0.0.1:${toPort}`;

beforeAll(async () => {
  server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          mailFrom: mailFrom ? mailFrom.address : "",
          rcptTo: rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  port = address.port;
});
afterAll(() => new Promise<void>((resolve) => server?.close(resolve)));

const config = (overrides: Partial<EmailConfig> = {}): EmailConfig => ({ smtpUrl: smtpUrl(PASSWORD), from: FROM, to: TO, ...overrides });

describe("sendEmail", () => {
  it("sends the notice as plain text with the title as subject", async () => {
    const before = received.length;
    const result = await sendEmail(config(), notice);
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(/^250 /);

    const mail = received[before]!;
    expect(mail.mailFrom).toBe("alerts@otp.example.com");
    expect(mail.rcptTo).toEqual(TO);
    const message = parseMessage(mail.raw);
    expect(message.header("from")).toBe(FROM);
    expect(message.header("to")).toBe(TO.join(", "));
    expect(message.header("subject")).toBe(noticeTitle(notice));
    expect(message.header("content-type")).toMatch(/^text\/plain; charset=utf-8/i);
    expect(message.text).toContain("ارسال کننده نامعتبر است");
    expect(message.text).toContain(describeApiStatus(412).explanation);
    expect(message.text).toContain(CONSOLE_URL);
  });

  it("fails on a wrong password without showing it", async () => {
    const wrong = "wr0ng/p@ss";
    const result = await sendEmail(config({ smtpUrl: smtpUrl(wrong) }), notice);
    expect(result.ok).toBe(false);
    expect(result.summary).toContain("535");
    expect(result.summary).not.toContain(wrong);
    expect(result.summary).not.toContain(encodeURIComponent(wrong));
  });

  it("fails on an unreachable server without showing the password", async () => {
    const result = await sendEmail(config({ smtpUrl: smtpUrl(PASSWORD, await freePort()) }), notice, { timeoutMs: 2_000 });
    expect(result.ok).toBe(false);
    expect(result.summary).toContain("ECONNREFUSED");
    expect(result.summary).not.toContain(PASSWORD);
    expect(result.summary).not.toContain(encodeURIComponent(PASSWORD));
  });

  it("fails within the timeout when the server never greets", async () => {
    const open: net.Socket[] = [];
    const mute = net.createServer((socket) => open.push(socket));
    await new Promise<void>((resolve) => mute.listen(0, "127.0.0.1", resolve));
    const { port: mutePort } = mute.address() as net.AddressInfo;
    try {
      const started = performance.now();
      const result = await sendEmail(config({ smtpUrl: smtpUrl(PASSWORD, mutePort) }), notice, { timeoutMs: 300 });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(result.ok).toBe(false);
      expect(result.summary).not.toContain(PASSWORD);
    } finally {
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => mute.close(() => resolve()));
    }
  });

  it("refuses a message without recipients", async () => {
    expect(await sendEmail(config({ to: [] }), notice)).toEqual({ ok: false, summary: "no recipients" });
  });
});
