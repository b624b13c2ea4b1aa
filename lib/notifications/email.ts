// Incident notices as plain-text e-mail over SMTP (nodemailer): the title as the subject.
import { createTransport } from "nodemailer";
import { noticeText, noticeTitle, type IncidentNotice } from "./notice";
import { deliver, type ChannelResult, type SendOptions } from "./result";

export interface EmailConfig {
  /** smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465. */
  smtpUrl: string;
  from: string;
  to: string[];
}

// The password as written in the URL and decoded; a URL that does not parse is masked whole.
function smtpSecrets(smtpUrl: string): string[] {
  if (!URL.canParse(smtpUrl)) return [smtpUrl];
  const { password } = new URL(smtpUrl);
  const secrets = [smtpUrl, password];
  try {
    secrets.push(decodeURIComponent(password));
  } catch {
    // Not percent-encoded correctly: only the raw form can appear.
  }
  return secrets;
}

export function sendEmail(config: EmailConfig, notice: IncidentNotice, options?: SendOptions): Promise<ChannelResult> {
  return deliver(options, smtpSecrets(config.smtpUrl), async (_signal, timeoutMs) => {
    if (config.to.length === 0) return { ok: false, summary: "no recipients" };
    // Each phase gets the whole budget; deliver() bounds their sum.
    const transport = createTransport({
      url: config.smtpUrl,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
      dnsTimeout: timeoutMs,
    });
    try {
      const info = await transport.sendMail({ from: config.from, to: config.to, subject: noticeTitle(notice), text: noticeText(notice) });
      const rejected = info.rejected.length;
      return { ok: true, summary: rejected === 0 ? info.response : `${info.response} (${rejected} of ${config.to.length} recipients refused)` };
    } finally {
      transport.close();
    }
  });
}
