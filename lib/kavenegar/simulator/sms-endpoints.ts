// The simulated `sms/*` methods.
import { deliveryStatusText } from "../status-codes";
import type { Endpoint, EndpointContext } from "./endpoint";
import { resolveSender, sendMessages, textDrafts, statusEntry } from "./messages";
import { messageEntry } from "./records";
import {
  checkMessage,
  MAX_MESSAGE_IDS,
  MAX_RECEPTORS,
  messageCost,
  normalizeReceptor,
  optional,
  parseMessageIds,
  parseReceptors,
  parseScheduleDate,
  required,
  SimApiFailure,
  splitList,
} from "./rules";
import type { NewMessage, SimMessageRecord } from "./records";

const LOCALID_WINDOW_MS = 12 * 3600 * 1000;
const MAX_OUTBOX_RANGE_S = 24 * 3600;

function checkTag(tag: string | undefined): void {
  if (tag !== undefined && !/^[A-Za-z0-9_-]{1,200}$/.test(tag)) throw new SimApiFailure(607);
}

function send({ state, account, params }: EndpointContext) {
  const receptorList = required(params, "receptor");
  const receptors = parseReceptors(receptorList);
  const message = checkMessage(params.get("message"));
  const sender = resolveSender(account, optional(params, "sender"));
  const scheduledAt = parseScheduleDate(optional(params, "date"), state.now());
  checkTag(optional(params, "tag"));
  const localids = splitList(params.get("localid") ?? "");
  const drafts = textDrafts(state, { receptors, message, sender, scheduledAt, localids, kind: "sms" });
  return sendMessages(state, account, drafts).map((record) => messageEntry(record, state.statusOf(record)));
}

/** `["a","b"]` → ["a","b"]; 400 for anything else. */
function jsonList(value: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new SimApiFailure(400);
  }
  if (!Array.isArray(parsed) || parsed.some((item) => typeof item !== "string" && typeof item !== "number")) {
    throw new SimApiFailure(400);
  }
  return parsed.map(String);
}

function sendArray({ state, account, params }: EndpointContext) {
  const receptors = jsonList(required(params, "receptor"));
  const senders = jsonList(required(params, "sender"));
  const messages = jsonList(required(params, "message"));
  const localids = jsonList(optional(params, "localmessageids") ?? "[]");
  if (receptors.length !== senders.length || receptors.length !== messages.length) throw new SimApiFailure(419);
  if (receptors.length === 0) throw new SimApiFailure(400);
  if (receptors.length > MAX_RECEPTORS) throw new SimApiFailure(414);
  if (receptors.some((receptor) => normalizeReceptor(receptor) === null)) throw new SimApiFailure(411);
  messages.forEach(checkMessage);
  senders.forEach((sender) => resolveSender(account, sender));
  const scheduledAt = parseScheduleDate(optional(params, "date"), state.now());
  checkTag(optional(params, "tag"));
  const drafts = receptors.map((receptor, index): NewMessage => ({
    message: messages[index] ?? "",
    sender: senders[index] ?? "",
    receptor,
    cost: messageCost(messages[index] ?? ""),
    sendAt: scheduledAt ?? state.now(),
    scheduled: scheduledAt !== null,
    localid: localids[index] ?? null,
    kind: "sms",
    template: null,
    tokens: null,
  }));
  return sendMessages(state, account, drafts).map((record) => messageEntry(record, state.statusOf(record)));
}

function status({ state, account, params }: EndpointContext) {
  return parseMessageIds(required(params, "messageid")).map((id) =>
    statusEntry(state, id, state.findMessage(account.apiKey, id, { recentOnly: true })),
  );
}

function statusByLocalId({ state, account, params }: EndpointContext) {
  const localids = splitList(required(params, "localid"));
  if (localids.length > MAX_MESSAGE_IDS) throw new SimApiFailure(414);
  const recent = state.messagesOf(account.apiKey).filter((record) => state.now() - record.createdAt <= LOCALID_WINDOW_MS);
  return localids.map((localid) => {
    const record = recent.findLast((item) => item.localid === localid);
    const code = record ? state.statusOf(record) : 100;
    return { messageid: record?.messageid ?? 0, localid, status: code, statustext: deliveryStatusText(code) };
  });
}

function requireOutboxAccess({ account }: EndpointContext): void {
  if (!account.outboxAccess) throw new SimApiFailure(407);
}

function select(context: EndpointContext) {
  requireOutboxAccess(context);
  const { state, account, params } = context;
  return parseMessageIds(required(params, "messageid")).flatMap((id) => {
    const record = state.findMessage(account.apiKey, id);
    return record ? [messageEntry(record, state.statusOf(record))] : [];
  });
}

function unixParam(value: string): number {
  if (!/^\d{1,12}$/.test(value)) throw new SimApiFailure(417);
  return Number(value);
}

/** Records of the account sent in [startdate, enddate] (unix seconds; at most one day apart). */
function outboxRange(context: EndpointContext): SimMessageRecord[] {
  const { state, account, params } = context;
  const start = unixParam(required(params, "startdate"));
  const endParam = optional(params, "enddate");
  const end = endParam === undefined ? Math.floor(state.now() / 1000) : unixParam(endParam);
  if (end < start) throw new SimApiFailure(417);
  if (end - start > MAX_OUTBOX_RANGE_S) throw new SimApiFailure(414);
  const sender = optional(params, "sender");
  return state.messagesOf(account.apiKey).filter((record) => {
    const date = Math.floor(record.sendAt / 1000);
    return date >= start && date <= end && (sender === undefined || record.sender === sender);
  });
}

function selectOutbox(context: EndpointContext) {
  requireOutboxAccess(context);
  return outboxRange(context)
    .slice(-MAX_MESSAGE_IDS)
    .map((record) => messageEntry(record, context.state.statusOf(record)));
}

function countOutbox(context: EndpointContext) {
  requireOutboxAccess(context);
  const statusParam = optional(context.params, "status");
  const records = outboxRange(context).filter((record) => statusParam === undefined || String(context.state.statusOf(record)) === statusParam);
  return {
    startdate: Number(required(context.params, "startdate")),
    enddate: Number(optional(context.params, "enddate") ?? Math.floor(context.state.now() / 1000)),
    sumcount: records.length,
    cost: records.reduce((sum, record) => sum + record.cost, 0),
  };
}

function latestOutbox(context: EndpointContext) {
  requireOutboxAccess(context);
  const { state, account, params } = context;
  const pagesizeParam = optional(params, "pagesize");
  if (pagesizeParam !== undefined && !/^\d{1,6}$/.test(pagesizeParam)) throw new SimApiFailure(400);
  const pagesize = pagesizeParam === undefined ? MAX_MESSAGE_IDS : Number(pagesizeParam);
  if (pagesize > MAX_MESSAGE_IDS) throw new SimApiFailure(414);
  const sender = optional(params, "sender");
  return state
    .messagesOf(account.apiKey)
    .filter((record) => sender === undefined || record.sender === sender)
    .reverse()
    .slice(0, pagesize)
    .map((record) => messageEntry(record, state.statusOf(record)));
}

function cancel({ state, account, params }: EndpointContext) {
  return parseMessageIds(required(params, "messageid")).map((id) => {
    const record = state.findMessage(account.apiKey, id);
    if (record) state.cancel(record);
    return statusEntry(state, id, record);
  });
}

function receive({ account, params }: EndpointContext) {
  const line = required(params, "linenumber");
  const isread = required(params, "isread");
  if (isread !== "0" && isread !== "1") throw new SimApiFailure(400);
  if (!account.lines.has(line)) throw new SimApiFailure(412);
  // The simulator has no inbound traffic.
  return [];
}

export const smsEndpoints: Record<string, Endpoint> = {
  "sms/send": { handle: send },
  "sms/sendarray": { handle: sendArray, postOnly: true },
  "sms/status": { handle: status },
  "sms/statuslocalmessageid": { handle: statusByLocalId },
  "sms/select": { handle: select },
  "sms/selectoutbox": { handle: selectOutbox },
  "sms/latestoutbox": { handle: latestOutbox },
  "sms/countoutbox": { handle: countOutbox },
  "sms/cancel": { handle: cancel },
  "sms/receive": { handle: receive },
};
