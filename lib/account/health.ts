// Whether the Kavenegar account can send, decided in one place for the Overview, the Account
// page and the alerts: credit against the account's own alarm level, the expiry date, and
// whether the last refresh reached Kavenegar at all.
import type { Db } from "@/lib/db/database";
import { incidentDetail } from "@/lib/incidents/detail";
import type { IncidentDetailMessage } from "@/lib/incidents/incident";
import { toAccountSnapshotView, type AccountSnapshotView, type RefreshFailure } from "./snapshots";

/** An expiry this close is a warning, unless Settings say otherwise. */
export const EXPIRY_WARNING_DAYS = 14;
/** The low-credit warning when neither Settings nor the account (account/config mincreditalarm) set a level. */
const DEFAULT_LOW_CREDIT_RIALS = 100_000;

/** The thresholds an admin sets (lib/settings); 0 credit means "the account's own alarm level". */
export interface HealthThresholds {
  expiryWarningDays: number;
  lowCreditRials: number;
}

const DEFAULT_THRESHOLDS: HealthThresholds = { expiryWarningDays: EXPIRY_WARNING_DAYS, lowCreditRials: 0 };
const DAY_MS = 24 * 3600 * 1000;

export interface AccountAlert {
  level: "error" | "warning";
  kind: "refresh_failed" | "expired" | "expiring" | "no_credit" | "low_credit";
  /** In English, for logs and the command line; the console words it from `kind` and `values`. */
  message: string;
  values: { error?: string; failures?: RefreshFailure[]; days?: number; rials?: number };
  /** The message the incident this alert opens keeps (expiry, low credit). */
  detailMessage?: IncidentDetailMessage;
}

const worded = ({ detail, detailMessage }: ReturnType<typeof incidentDetail>) => ({ message: detail, detailMessage });

export interface AccountHealth {
  /** The newest snapshot that has the account's figures (a failed refresh stores none). */
  lastGood: AccountSnapshotView | null;
  /** When Kavenegar was last asked, whatever it answered. */
  lastFetchedAt: string | null;
  alerts: AccountAlert[];
}

/** Whole days left (negative once expired); null when the account has no expiry date. */
export function daysUntilExpiry(snapshot: Pick<AccountSnapshotView, "expiresAt">, now: Date = new Date()): number | null {
  return snapshot.expiresAt === null ? null : Math.floor((Date.parse(snapshot.expiresAt) - now.getTime()) / DAY_MS);
}

/** The credit under which the account counts as low, in rials. */
function lowCreditLevel(snapshot: Pick<AccountSnapshotView, "config">, thresholds: HealthThresholds): number {
  if (thresholds.lowCreditRials > 0) return thresholds.lowCreditRials;
  const alarm = Number(snapshot.config?.mincreditalarm ?? Number.NaN);
  return Number.isFinite(alarm) && alarm > 0 ? alarm : DEFAULT_LOW_CREDIT_RIALS;
}

/** `latest` is the newest snapshot; `lastGood` the newest with figures (the same one when the refresh worked). */
export function assessAccount(
  latest: AccountSnapshotView | null,
  lastGood: AccountSnapshotView | null,
  now: Date = new Date(),
  thresholds: HealthThresholds = DEFAULT_THRESHOLDS,
): AccountHealth {
  const alerts: AccountAlert[] = [];
  if (latest?.error)
    alerts.push({
      level: "error",
      kind: "refresh_failed",
      message: `The last refresh failed: ${latest.error}`,
      values: { error: latest.error, failures: latest.failures },
    });
  if (lastGood) {
    const days = daysUntilExpiry(lastGood, now);
    if (days !== null && days < 0) alerts.push({ level: "error", kind: "expired", ...worded(incidentDetail("expired")), values: {} });
    else if (days !== null && days <= thresholds.expiryWarningDays) {
      alerts.push({ level: "warning", kind: "expiring", ...worded(incidentDetail("expiring", { days })), values: { days } });
    }
    const level = lowCreditLevel(lastGood, thresholds);
    if (lastGood.credit !== null && lastGood.credit <= 0)
      alerts.push({ level: "error", kind: "no_credit", message: "No credit left: every send fails with 418.", values: {} });
    else if (lastGood.credit !== null && lastGood.credit < level) {
      alerts.push({ level: "warning", kind: "low_credit", ...worded(incidentDetail("lowCredit", { rials: level })), values: { rials: level } });
    }
  }
  return { lastGood, lastFetchedAt: latest?.fetchedAt ?? null, alerts };
}

export async function getAccountHealth(db: Db, now: Date = new Date(), thresholds: HealthThresholds = DEFAULT_THRESHOLDS): Promise<AccountHealth> {
  const newestFirst = [{ fetchedAt: "desc" as const }, { id: "desc" as const }];
  const [latest, lastGood] = await Promise.all([
    db.accountSnapshot.findFirst({ orderBy: newestFirst }),
    db.accountSnapshot.findFirst({ where: { credit: { not: null } }, orderBy: newestFirst }),
  ]);
  return assessAccount(latest && toAccountSnapshotView(latest), lastGood && toAccountSnapshotView(lastGood), now, thresholds);
}
