// Kavenegar's input rules as the simulator enforces them: receptors, lengths, dates, prices.

/** Thrown by an endpoint to answer with a `return.status` other than 200. */
export class SimApiFailure extends Error {
  constructor(readonly status: number) {
    super(`Kavenegar status ${status}`);
  }
}

export type Params = ReadonlyMap<string, string>;

export const MAX_RECEPTORS = 200;
export const MAX_MESSAGE_IDS = 500;
const MAX_MESSAGE_LENGTH = 900;
const MAX_TOKEN_LENGTH = 100;

/**
 * One price per SMS part for every alphabet, to keep the sandbox arithmetic obvious.
 * (Real prices depend on the line and the alphabet.)
 */
export const PRICE_PER_PART_RIALS = 120;

/** A parameter that must be present and not blank, else 400. */
export function required(params: Params, name: string): string {
  const value = params.get(name)?.trim();
  if (!value) throw new SimApiFailure(400);
  return value;
}

export function optional(params: Params, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value ? value : undefined;
}

export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

const RECEPTOR = /^(?:0|98|\+98|0098)(9\d{9})$/;

/** `09123456789`, `989123456789`, `+989123456789`, `00989123456789` → `989123456789`; else null. */
export function normalizeReceptor(receptor: string): string | null {
  const match = RECEPTOR.exec(receptor.trim());
  return match ? `98${match[1]}` : null;
}

/** Checks a comma list of receptors: 414 above 200, 411 for any invalid one. */
export function parseReceptors(value: string): string[] {
  const receptors = splitList(value);
  if (receptors.length === 0) throw new SimApiFailure(400);
  if (receptors.length > MAX_RECEPTORS) throw new SimApiFailure(414);
  if (receptors.some((receptor) => normalizeReceptor(receptor) === null)) throw new SimApiFailure(411);
  return receptors;
}

/** 413 for an empty message or one longer than 900 characters. */
export function checkMessage(message: string | undefined): string {
  if (message === undefined) throw new SimApiFailure(400);
  if (message.trim() === "" || message.length > MAX_MESSAGE_LENGTH) throw new SimApiFailure(413);
  return message;
}

/** Anything outside 7-bit ASCII makes the message UCS-2 (Persian): 70 characters a part, 67 when split. */
export function messageParts(message: string): number {
  const unicode = /[^\x00-\x7f]/.test(message);
  const [single, split] = unicode ? [70, 67] : [160, 153];
  return message.length <= single ? 1 : Math.ceil(message.length / split);
}

export function messageCost(message: string): number {
  return messageParts(message) * PRICE_PER_PART_RIALS;
}

/** Clock skew tolerated before a `date` counts as past. */
const PAST_TOLERANCE_S = 60;

/** Parses `date` (unix seconds): 417 when malformed or in the past; the time in ms when in the future. */
export function parseScheduleDate(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  if (!/^\d{1,12}$/.test(value)) throw new SimApiFailure(417);
  const ms = Number(value) * 1000;
  if (ms < nowMs - PAST_TOLERANCE_S * 1000) throw new SimApiFailure(417);
  return ms > nowMs ? ms : null;
}

/** Verify tokens: token/token2/token3 have no spaces, token10 up to 5, token20 up to 8; all ≤ 100 characters. */
export function checkToken(value: string, maxSpaces: number): void {
  const spaces = value.split(" ").length - 1;
  if (value.length > MAX_TOKEN_LENGTH || spaces > maxSpaces || /[\t\r\n]/.test(value)) {
    throw new SimApiFailure(431);
  }
}

export function parseMessageIds(value: string): number[] {
  const ids = splitList(value);
  if (ids.length === 0) throw new SimApiFailure(400);
  if (ids.length > MAX_MESSAGE_IDS) throw new SimApiFailure(414);
  if (ids.some((id) => !/^\d{1,15}$/.test(id))) throw new SimApiFailure(422);
  return ids.map(Number);
}
