// The incident the channel tests send: sender line 10008663 refused with 412.
import type { IncidentNotice, NoticeEvent } from "@/lib/notifications/notice";

export const CONSOLE_URL = "https://otp.example.com/admin/incidents";

export function lineRefusedNotice(event: NoticeEvent = "opened"): IncidentNotice {
  const resolved = event === "resolved";
  return {
    event,
    incident: {
      id: "42",
      kind: "line_refused",
      state: resolved ? "resolved" : "open",
      line: "10008663",
      providerStatus: 412,
      providerMessage: "ارسال کننده نامعتبر است",
      detail: "3 sends from this line were refused; the next line took over.",
      count: 3,
      firstAt: "2026-11-29T08:00:00.000Z",
      lastAt: "2026-11-29T08:05:30.000Z",
      resolvedAt: resolved ? "2026-11-29T09:00:00.000Z" : null,
    },
    consoleUrl: CONSOLE_URL,
  };
}
