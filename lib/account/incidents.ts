// What an account refresh tells: expiry, no or low credit, and that Kavenegar answers.
// lib/account/health.ts decides what is wrong; this only keeps the incidents in step with it.
import type { AppContext } from "@/lib/context";
import type { IncidentObserver } from "@/lib/incidents/observer";
import { causeOf } from "@/lib/incidents/store";
import { getSettings } from "@/lib/settings/store";
import { getAccountHealth, type AccountHealth } from "./health";
import { refreshAccountStatus } from "./refresh";
import type { AccountSnapshotView } from "./snapshots";

export async function observeAccount(observer: IncidentObserver, health: AccountHealth, now = new Date()): Promise<void> {
  const alert = (kind: AccountHealth["alerts"][number]["kind"]) => health.alerts.find((candidate) => candidate.kind === kind);
  if (!alert("refresh_failed")) await observer.resolve([causeOf("provider_unreachable")], now);
  if (!health.lastGood) return;

  const expiry = alert("expired") ?? alert("expiring");
  if (expiry) await observer.raise({ kind: "account_expiry", detail: expiry.message, detailMessage: expiry.detailMessage }, now);
  else await observer.resolve([causeOf("account_expiry")], now);

  const noCredit = alert("no_credit");
  if (noCredit) await observer.raise({ kind: "no_credit", providerStatus: 418, detail: noCredit.message }, now);
  else await observer.resolve([causeOf("no_credit")], now);

  const lowCredit = alert("low_credit");
  if (lowCredit) await observer.raise({ kind: "low_credit", detail: lowCredit.message, detailMessage: lowCredit.detailMessage }, now);
  else await observer.resolve([causeOf("low_credit")], now);
}

/** Asks Kavenegar now (the schedule, or an admin's "Refresh now"), and opens or resolves the account's incidents. */
export async function refreshAndObserveAccount(
  ctx: Pick<AppContext, "db" | "kavenegar" | "incidents">,
  now = new Date(),
): Promise<AccountSnapshotView> {
  const snapshot = await refreshAccountStatus(ctx);
  const settings = await getSettings(ctx.db);
  await observeAccount(ctx.incidents, await getAccountHealth(ctx.db, now, settings), now);
  return snapshot;
}
