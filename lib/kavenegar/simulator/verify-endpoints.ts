// The simulated `verify/lookup` (OTP templates) and `call/maketts` (voice) methods.
import type { Endpoint, EndpointContext } from "./endpoint";
import { resolveSender, sendMessages, textDrafts } from "./messages";
import { messageEntry } from "./records";
import {
  checkMessage,
  checkToken,
  messageCost,
  normalizeReceptor,
  optional,
  parseReceptors,
  parseScheduleDate,
  required,
  SimApiFailure,
  splitList,
} from "./rules";
import type { NewMessage } from "./records";

/** Token parameters and how many spaces each may hold. */
const TOKENS = [
  ["token", 0],
  ["token2", 0],
  ["token3", 0],
  ["token10", 5],
  ["token20", 8],
] as const;

function lookup({ state, account, params }: EndpointContext) {
  const receptor = required(params, "receptor");
  const templateName = required(params, "template");
  // Tokens are checked untrimmed: a space anywhere is a 431.
  if (!params.get("token")?.trim()) throw new SimApiFailure(400);
  if (normalizeReceptor(receptor) === null) throw new SimApiFailure(411);

  const tokens: Record<string, string> = {};
  for (const [name, maxSpaces] of TOKENS) {
    const value = params.get(name);
    if (value === undefined || value === "") continue;
    checkToken(value, maxSpaces);
    tokens[name] = value;
  }
  const type = optional(params, "type") ?? "sms";
  if (type !== "sms" && type !== "call") throw new SimApiFailure(400);
  if (type === "call" && !/^\d+$/.test(tokens.token ?? "")) throw new SimApiFailure(428);

  const template = account.templates.get(templateName);
  if (!template?.approved) throw new SimApiFailure(424);
  if (!template.text.includes("%token")) throw new SimApiFailure(432);

  const message = template.text.replace(/%token(10|20|2|3)?/g, (_match, suffix: string | undefined) => {
    return tokens[`token${suffix ?? ""}`] ?? "";
  });
  const draft: NewMessage = {
    message,
    // Lookups go out on Kavenegar's verification lines; the default sender stands in for them.
    sender: account.config.defaultsender,
    receptor,
    cost: messageCost(message),
    sendAt: state.now(),
    scheduled: false,
    localid: null,
    kind: type === "call" ? "call" : "verify",
    template: templateName,
    tokens,
  };
  return sendMessages(state, account, [draft]).map((record) => messageEntry(record, state.statusOf(record)));
}

function makeTts({ state, account, params }: EndpointContext) {
  const receptors = parseReceptors(required(params, "receptor"));
  const message = checkMessage(params.get("message"));
  const scheduledAt = parseScheduleDate(optional(params, "date"), state.now());
  const localids = splitList(params.get("localid") ?? "");
  const sender = resolveSender(account, undefined);
  const drafts = textDrafts(state, { receptors, message, sender, scheduledAt, localids, kind: "call" });
  return sendMessages(state, account, drafts).map((record) => messageEntry(record, state.statusOf(record)));
}

export const verifyEndpoints: Record<string, Endpoint> = {
  "verify/lookup": { handle: lookup },
  "call/maketts": { handle: makeTts },
};
