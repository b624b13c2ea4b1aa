// What an administrator should notice about the account: expiry, credit, a failed refresh.
import type { AccountSnapshotView } from "./snapshots";

export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

export interface AccountAlert {
  level: "error" | "warning";
  message: string;
}

/** Whole days left (negative once expired); null when the account has no expiry date. */
export function daysUntilExpiry(snapshot: Pick<AccountSnapshotView, "expiresAt">, now: Date = new Date()): number | null {
  return snapshot.expiresAt === null ? null : Math.floor((Date.parse(snapshot.expiresAt) - now.getTime()) / DAY_MS);
}

/** The credit under which Kavenegar alarms (account/config's mincreditalarm), in rials. */
export function minCreditAlarm(snapshot: Pick<AccountSnapshotView, "config">): number | null {
  const value = Number(snapshot.config?.mincreditalarm ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : null;
}

export function accountAlerts(snapshot: AccountSnapshotView, now: Date = new Date()): AccountAlert[] {
  const alerts: AccountAlert[] = [];
  if (snapshot.error) alerts.push({ level: "error", message: `The last refresh failed: ${snapshot.error}` });
  const days = daysUntilExpiry(snapshot, now);
  if (days !== null && days < 0) alerts.push({ level: "error", message: "The Kavenegar account has expired: no SMS can be sent." });
  else if (days !== null && days <= EXPIRY_WARNING_DAYS) {
    alerts.push({ level: "warning", message: `The Kavenegar account expires in ${days} day${days === 1 ? "" : "s"}.` });
  }
  const alarm = minCreditAlarm(snapshot);
  if (snapshot.credit !== null && snapshot.credit <= 0) alerts.push({ level: "error", message: "No credit left: every send fails with 418." });
  else if (snapshot.credit !== null && alarm !== null && snapshot.credit < alarm) {
    alerts.push({ level: "warning", message: `Credit is below the alarm level of ${alarm.toLocaleString("en")} rials.` });
  }
  return alerts;
}
