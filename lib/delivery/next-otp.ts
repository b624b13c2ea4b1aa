// A dry run of the next OTP: which line (or template) it would use and whether it would get
// through, from what is known (each line's last answer, the account's health), without
// sending anything. `npm run kavenegar:check` prints it.
import type { AccountHealth } from "@/lib/account/health";
import type { SenderLine } from "@/lib/db/generated/client";
import { describeApiStatus, refusesSenderLine } from "@/lib/kavenegar";
import type { Settings } from "@/lib/settings/schema";

export interface LineState {
  number: string;
  enabled: boolean;
  active: boolean;
  /** "works", "refused" (its last answer refused the line, with no success since), or "unknown". */
  verdict: "works" | "refused" | "unknown";
  reason: string;
}

export interface NextOtpForecast {
  willSucceed: boolean;
  /** The line (or "template <name>") the next OTP would go out from, when one would. */
  via: string | null;
  reason: string;
}

export function lineState(line: SenderLine, activeId: number | null): LineState {
  const base = { number: line.number, enabled: line.status === "enabled", active: line.id === activeId };
  const failedAt = line.lastFailureAt?.getTime() ?? 0;
  const succeededAt = line.lastSuccessAt?.getTime() ?? 0;
  if (line.lastFailureCode !== null && refusesSenderLine(line.lastFailureCode) && failedAt > succeededAt) {
    return {
      ...base,
      verdict: "refused",
      reason: `refused with ${line.lastFailureCode} (${describeApiStatus(line.lastFailureCode).explanation}) at ${line.lastFailureAt?.toISOString()}`,
    };
  }
  if (succeededAt > 0) return { ...base, verdict: "works", reason: `last accepted at ${line.lastSuccessAt?.toISOString()}` };
  return { ...base, verdict: "unknown", reason: "never used yet" };
}

export function forecastNextOtp(input: { settings: Settings; lines: LineState[]; account: AccountHealth }): NextOtpForecast {
  const { settings, lines, account } = input;
  const blocker = account.alerts.find((alert) => alert.kind === "no_credit" || alert.kind === "expired");
  if (blocker) return { willSucceed: false, via: null, reason: blocker.message };

  if (settings.deliveryMethod === "lookup") {
    if (!settings.lookupTemplate) return { willSucceed: false, via: null, reason: "Delivery is by verify/lookup, but no template is set." };
    return { willSucceed: true, via: `template ${settings.lookupTemplate}`, reason: "Delivery is by Kavenegar verify/lookup with this template." };
  }
  const active = lines.find((line) => line.active);
  if (!active) return { willSucceed: false, via: null, reason: "No sender line is active." };
  if (active.verdict !== "refused") return { willSucceed: true, via: active.number, reason: `The active line ${active.number}: ${active.reason}.` };

  if (settings.failover === "next_line") {
    const next = lines.find((line) => !line.active && line.enabled && line.verdict !== "refused");
    if (next)
      return {
        willSucceed: true,
        via: next.number,
        reason: `The active line ${active.number} is ${active.reason}; failover would send from ${next.number} (${next.reason}).`,
      };
  }
  if (settings.failover === "lookup" && settings.lookupTemplate) {
    return {
      willSucceed: true,
      via: `template ${settings.lookupTemplate}`,
      reason: `The active line ${active.number} is ${active.reason}; failover would use the lookup template.`,
    };
  }
  return {
    willSucceed: false,
    via: active.number,
    reason: `The active line ${active.number} is ${active.reason}, and failover cannot route around it. Set another line active.`,
  };
}
