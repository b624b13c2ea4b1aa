// The webhook channel against a real HTTP receiver: the payload, its signature, failures, timeouts.
import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { describeApiStatus } from "@/lib/kavenegar";
import { sendToTarget, type ChannelConfig } from "@/lib/notifications/channels";
import { noticeText } from "@/lib/notifications/notice";
import { sendWebhook, signWebhookBody } from "@/lib/notifications/webhook";
import { freePort } from "../helpers/app-server";
import { CONSOLE_URL, lineRefusedNotice } from "./fixtures";
import { startReceiver, type HttpReceiver } from "./http-receiver";

const SECRET = "whsec-3f9a1c7e5b2d";
const notice = lineRefusedNotice("opened");

let receiver: HttpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

const ok = () => ({ status: 200, body: "ok" });

describe("sendWebhook", () => {
  it("POSTs the notice as JSON, signed with the secret", async () => {
    receiver = await startReceiver(ok);
    const result = await sendWebhook({ url: `${receiver.url}/hooks/otp`, secret: SECRET }, notice);
    expect(result).toEqual({ ok: true, summary: "HTTP 200" });

    expect(receiver.requests).toHaveLength(1);
    const request = receiver.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/hooks/otp");
    expect(request.headers["content-type"]).toBe("application/json");
    const body = JSON.parse(request.raw.toString("utf8")) as Record<string, unknown>;
    expect(body).toMatchObject({
      event: "opened",
      kind: "line_refused",
      state: "open",
      line: "10008663",
      provider_status: 412,
      provider_message: "ارسال کننده نامعتبر است",
      meaning: describeApiStatus(412).explanation,
      count: 3,
      first_at: "2026-11-29T08:00:00.000Z",
      last_at: "2026-11-29T08:05:30.000Z",
      resolved_at: null,
      console_url: CONSOLE_URL,
      text: noticeText(notice),
    });

    const signature = request.headers["x-signature"];
    expect(signature).toBe(`sha256=${createHmac("sha256", SECRET).update(request.raw).digest("hex")}`);
    expect(signWebhookBody(request.raw.toString("utf8"), SECRET)).toBe(signature);
    expect(signWebhookBody(request.raw.toString("utf8"), "another-secret")).not.toBe(signature);
  });

  it("sends no signature without a secret", async () => {
    receiver = await startReceiver(ok);
    const result = await sendWebhook({ url: receiver.url, secret: "" }, notice);
    expect(result.ok).toBe(true);
    expect(receiver.requests[0]!.headers["x-signature"]).toBeUndefined();
  });

  it("reports a 500 as a failure with the receiver's words", async () => {
    receiver = await startReceiver(() => ({ status: 500, body: "boom" }));
    const result = await sendWebhook({ url: receiver.url, secret: SECRET }, notice);
    expect(result.ok).toBe(false);
    expect(result.summary).toContain("HTTP 500");
  });

  it("does not follow a redirect", async () => {
    receiver = await startReceiver(() => ({ status: 302, body: "" }));
    const result = await sendWebhook({ url: receiver.url, secret: SECRET }, notice);
    expect(result).toEqual({ ok: false, summary: "HTTP 302" });
  });

  it("gives up on a receiver that never answers within the timeout", async () => {
    receiver = await startReceiver(() => null);
    const started = performance.now();
    const result = await sendWebhook({ url: receiver.url, secret: SECRET }, notice, { timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result).toEqual({ ok: false, summary: "timed out after 300 ms" });
    expect(receiver.requests).toHaveLength(1);
  });

  it("reports an unreachable receiver", async () => {
    const result = await sendWebhook({ url: `http://127.0.0.1:${await freePort()}/hook`, secret: SECRET }, notice, { timeoutMs: 2_000 });
    expect(result.ok).toBe(false);
    expect(result.summary).toContain("ECONNREFUSED");
  });

  it("keeps the secret and a credential-bearing URL out of every summary", async () => {
    // Slack-style: the path is the credential. The receiver echoes it back in its error.
    receiver = await startReceiver((request) => ({ status: 403, body: `bad hook ${request.path} ${SECRET}` }));
    const path = "/services/T000/B000/XXXXXXXXXXXXXXXXXXXX";
    const summaries = [
      (await sendWebhook({ url: `${receiver.url}${path}`, secret: SECRET }, notice)).summary,
      (await sendWebhook({ url: `http://exa mple.invalid${path}?token=${SECRET}`, secret: SECRET }, notice)).summary,
      (await sendWebhook({ url: `http://127.0.0.1:${await freePort()}${path}`, secret: SECRET }, notice)).summary,
    ];
    expect(summaries[0]).toContain("HTTP 403");
    for (const summary of summaries) {
      expect(summary).not.toContain(SECRET);
      expect(summary).not.toContain("XXXXXXXXXXXXXXXXXXXX");
    }
  });
});

describe("sendToTarget", () => {
  it("dispatches to the channel the config names", async () => {
    receiver = await startReceiver(ok);
    const target: ChannelConfig = { channel: "webhook", config: { url: receiver.url, secret: SECRET } };
    const result = await sendToTarget(target, notice);
    expect(result).toEqual({ ok: true, summary: "HTTP 200" });
    expect(receiver.requests).toHaveLength(1);
  });
});
