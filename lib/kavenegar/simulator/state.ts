// The simulator's memory: accounts, their outboxes, delivery progress over the injected
// clock, and the faults tests inject.
import { z } from "zod";
import type { DeliveryStatusCode } from "../status-codes";
import {
  applyAccountPatch,
  createAccount,
  snapshotAccount,
  type SimAccount,
  type SimAccountPatch,
  type SimAccountSeed,
  type SimAccountSnapshot,
  type SimTemplate,
} from "./accounts";
import { messageEntry, type DeliveryOutcome, type NewMessage, type SimMessageRecord, type SimOutboxMessage } from "./records";
import { normalizeReceptor } from "./rules";

/** A message stays queued (1) this long, then is with the operator (4) until DELIVERED_AFTER_MS. */
const QUEUED_FOR_MS = 1_000;
const DELIVERED_AFTER_MS = 3_000;
/** sms/status only knows messages of the last 48 hours. */
const STATUS_WINDOW_MS = 48 * 3600 * 1000;

export const simFaultSchema = z.strictObject({
  scope: z.string().optional(),
  method: z.string().optional(),
  /** Delay before answering (combined with the other effects, or alone). */
  latencyMs: z.number().int().min(0).max(120_000).optional(),
  /** Never answer; the connection ends when the client gives up or the simulator closes. */
  hang: z.boolean().optional(),
  /** Do the work (a send is in the outbox), then wait this long before answering: a lost answer. */
  answerDelayMs: z.number().int().min(0).max(120_000).optional(),
  /** Answer with this HTTP status and an HTML (non-JSON) body, like a proxy in front of the API. */
  httpStatus: z.union([z.literal(500), z.literal(502), z.literal(503)]).optional(),
  /** Answer with this `return.status` (and HTTP status), e.g. 409. */
  apiStatus: z.number().int().min(100).max(999).optional(),
  /** How many matching requests it affects; unlimited when omitted. */
  times: z.number().int().min(1).optional(),
});

export type SimFault = z.input<typeof simFaultSchema>;

const FIRST_MESSAGE_ID = 100_000_001;

export class SimulatorState {
  readonly #clock: () => number;
  readonly #seeds: SimAccountSeed[];
  #offsetMs = 0;
  #accounts = new Map<string, SimAccount>();
  #messages: SimMessageRecord[] = [];
  #nextMessageId = FIRST_MESSAGE_ID;
  #faults: (z.output<typeof simFaultSchema> & { remaining: number })[] = [];
  #outcomes = new Map<string, DeliveryOutcome>();

  constructor(seeds: SimAccountSeed[], clock: () => number) {
    this.#clock = clock;
    this.#seeds = seeds;
    this.reset();
  }

  /** Milliseconds since the epoch: the injected clock plus any advanceClock. */
  now(): number {
    return this.#clock() + this.#offsetMs;
  }

  advanceClock(ms: number): void {
    this.#offsetMs += ms;
  }

  /** Back to the start-up accounts; empties outboxes and faults (the clock offset stays). */
  reset(): void {
    this.#accounts = new Map();
    for (const seed of this.#seeds) this.addAccount(seed);
    this.#messages = [];
    this.#faults = [];
    this.#outcomes = new Map();
  }

  // Accounts

  addAccount(seed: SimAccountSeed): SimAccountSnapshot {
    const account = createAccount(seed, this.now());
    this.#accounts.set(account.apiKey, account);
    return snapshotAccount(account);
  }

  removeAccount(apiKey: string): void {
    this.#accounts.delete(apiKey);
  }

  account(apiKey: string): SimAccountSnapshot | undefined {
    const account = this.#accounts.get(apiKey);
    return account && snapshotAccount(account);
  }

  /** The live account, for the endpoints. */
  findAccount(apiKey: string): SimAccount | undefined {
    return this.#accounts.get(apiKey);
  }

  patchAccount(apiKey: string, patch: SimAccountPatch): SimAccountSnapshot {
    const account = this.#require(apiKey);
    applyAccountPatch(account, patch);
    return snapshotAccount(account);
  }

  setCredit(apiKey: string, rials: number): void {
    this.patchAccount(apiKey, { credit: rials });
  }

  setDisabled(apiKey: string, disabled: boolean): void {
    this.patchAccount(apiKey, { disabled });
  }

  addLine(apiKey: string, number: string, active = true): void {
    this.patchAccount(apiKey, { lines: [{ number, active }] });
  }

  setLineActive(apiKey: string, number: string, active: boolean): void {
    if (!this.#require(apiKey).lines.has(number)) throw new Error(`Line ${number} is not assigned to this account`);
    this.patchAccount(apiKey, { lines: [{ number, active }] });
  }

  removeLine(apiKey: string, number: string): void {
    this.patchAccount(apiKey, { removeLines: [number] });
  }

  setTemplate(apiKey: string, template: SimTemplate): void {
    this.patchAccount(apiKey, { templates: [template] });
  }

  removeTemplate(apiKey: string, name: string): void {
    this.patchAccount(apiKey, { removeTemplates: [name] });
  }

  // Outbox

  /** Stores messages with increasing ids and charges their cost. */
  addMessages(account: SimAccount, drafts: NewMessage[]): SimMessageRecord[] {
    const createdAt = this.now();
    const records = drafts.map((draft) => ({
      ...draft,
      messageid: this.#nextMessageId++,
      apiKey: account.apiKey,
      createdAt,
      cancelled: false,
      outcome: this.#outcomes.get(normalizeReceptor(draft.receptor) ?? draft.receptor) ?? 10,
    }));
    account.credit -= records.reduce((sum, record) => sum + record.cost, 0);
    this.#messages.push(...records);
    return records;
  }

  /** Messages of one account, oldest first. */
  messagesOf(apiKey: string): SimMessageRecord[] {
    return this.#messages.filter((record) => record.apiKey === apiKey);
  }

  findMessage(apiKey: string, messageid: number, { recentOnly = false } = {}): SimMessageRecord | undefined {
    const record = this.#messages.find((item) => item.messageid === messageid && item.apiKey === apiKey);
    if (record && recentOnly && this.now() - record.createdAt > STATUS_WINDOW_MS) return undefined;
    return record;
  }

  statusOf(record: SimMessageRecord): DeliveryStatusCode {
    if (record.cancelled) return 13;
    const now = this.now();
    if (now < record.sendAt) return 2;
    const elapsed = now - record.sendAt;
    if (elapsed < QUEUED_FOR_MS) return 1;
    if (elapsed < DELIVERED_AFTER_MS) return 4;
    return record.outcome;
  }

  /** Cancels a queued or scheduled message and refunds it; false when too late. */
  cancel(record: SimMessageRecord): boolean {
    const status = this.statusOf(record);
    if (status !== 1 && status !== 2) return false;
    record.cancelled = true;
    const account = this.#accounts.get(record.apiKey);
    if (account) account.credit += record.cost;
    return true;
  }

  /** The account's messages with their text (so a developer can read OTP codes), newest last. */
  outbox(apiKey: string): SimOutboxMessage[] {
    return this.messagesOf(apiKey).map((record) => ({
      ...messageEntry(record, this.statusOf(record)),
      localid: record.localid,
      kind: record.kind,
      template: record.template,
      tokens: record.tokens && { ...record.tokens },
    }));
  }

  /** Messages to this receptor (any accepted format) end in `outcome` instead of delivered. */
  setDeliveryOutcome(receptor: string, outcome: DeliveryOutcome): void {
    this.#outcomes.set(normalizeReceptor(receptor) ?? receptor, outcome);
  }

  // Faults

  injectFault(fault: SimFault): void {
    const parsed = simFaultSchema.parse(fault);
    this.#faults.push({ ...parsed, remaining: parsed.times ?? Number.POSITIVE_INFINITY });
  }

  clearFaults(): void {
    this.#faults = [];
  }

  faults(): SimFault[] {
    return this.#faults.map(({ remaining, ...fault }) => ({
      ...fault,
      ...(Number.isFinite(remaining) ? { times: remaining } : {}),
    }));
  }

  /** The first fault matching this call, counting it against its `times`. */
  takeFault(scope: string, method: string): SimFault | undefined {
    const index = this.#faults.findIndex(
      (fault) => (fault.scope === undefined || fault.scope === scope) && (fault.method === undefined || fault.method === method),
    );
    const fault = this.#faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    const { remaining: _remaining, ...rest } = fault;
    return rest;
  }

  #require(apiKey: string): SimAccount {
    const account = this.#accounts.get(apiKey);
    if (!account) throw new Error(`No simulated account with this key`);
    return account;
  }
}
