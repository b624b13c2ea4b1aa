// Incident notices as signed JSON POSTs; Slack and Mattermost incoming webhooks show its `text`.
import { createHmac } from "node:crypto";
import { webhookPayload, type IncidentNotice } from "./notice";
import { deliver, httpFailure, type ChannelResult, type SendOptions } from "./result";

export interface WebhookConfig {
  url: string;
  /** Signs each body; empty: no X-Signature header. */
  secret: string;
}

/** The X-Signature header: "sha256=" and the hex HMAC-SHA256 of the body's UTF-8 bytes. */
export function signWebhookBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

// Slack's and Mattermost's webhook URLs are themselves the credential, and fetch quotes a URL
// it cannot parse: the URL and its path are masked as well as the signing secret.
function webhookSecrets(config: WebhookConfig): string[] {
  const secrets = [config.secret, config.url];
  if (URL.canParse(config.url)) {
    const url = new URL(config.url);
    secrets.push(url.password, `${url.pathname}${url.search}`.replace(/^\/$/, ""));
  }
  return secrets;
}

export function sendWebhook(config: WebhookConfig, notice: IncidentNotice, options?: SendOptions): Promise<ChannelResult> {
  return deliver(options, webhookSecrets(config), async (signal) => {
    const body = JSON.stringify(webhookPayload(notice));
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (config.secret) headers["X-Signature"] = signWebhookBody(body, config.secret);
    // A redirect would resend the signed body to wherever the receiver points: not followed.
    const response = await fetch(config.url, { method: "POST", headers, body, redirect: "manual", signal });
    const answer = await response.text();
    if (response.ok) return { ok: true, summary: `HTTP ${response.status}` };
    return { ok: false, summary: httpFailure(response.status, answer) };
  });
}
