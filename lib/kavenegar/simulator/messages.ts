// What send-like methods share: the sender rules, the credit check, and the message object.
import { deliveryStatusText } from "../status-codes";
import type { SimAccount } from "./accounts";
import { messageCost, SimApiFailure } from "./rules";
import type { NewMessage, SimMessageRecord } from "./records";
import type { SimulatorState } from "./state";

/** The given sender or the account's default; 412 unless it is one of the account's active lines. */
export function resolveSender(account: SimAccount, sender: string | undefined): string {
  const number = sender ?? account.config.defaultsender;
  if (!account.lines.get(number)?.active) throw new SimApiFailure(412);
  return number;
}

/** Charges and stores the drafts, or answers 418 and stores nothing. */
export function sendMessages(state: SimulatorState, account: SimAccount, drafts: NewMessage[]): SimMessageRecord[] {
  const total = drafts.reduce((sum, draft) => sum + draft.cost, 0);
  if (total > account.credit) throw new SimApiFailure(418);
  return state.addMessages(account, drafts);
}

/** One draft a receptor for a text message (sms/send, call/maketts). */
export function textDrafts(
  state: SimulatorState,
  text: { receptors: string[]; message: string; sender: string; scheduledAt: number | null; localids: string[]; kind: "sms" | "call" },
): NewMessage[] {
  return text.receptors.map((receptor, index) => ({
    message: text.message,
    sender: text.sender,
    receptor,
    cost: messageCost(text.message),
    sendAt: text.scheduledAt ?? state.now(),
    scheduled: text.scheduledAt !== null,
    localid: text.localids[index] ?? null,
    kind: text.kind,
    template: null,
    tokens: null,
  }));
}

export function statusEntry(state: SimulatorState, messageid: number, record: SimMessageRecord | undefined) {
  const status = record ? state.statusOf(record) : 100;
  return { messageid, status, statustext: deliveryStatusText(status) };
}
