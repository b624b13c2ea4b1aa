// Simulated Kavenegar accounts: their seed and patch shapes, and the sandbox demo account.
import { z } from "zod";

/** Obviously not a real key; its tail is "kavenegar" in hex, to look like the real ones. */
export const SANDBOX_API_KEY = "SANDBOX-DEMO-KEY-6B6176656E65676172";
export const SANDBOX_CREDIT_RIALS = 5_000_000;
export const SANDBOX_DEFAULT_SENDER = "20005006666";
/** A public shared line, assigned to the demo account and active. */
export const SANDBOX_SHARED_LINE = "2000500666";
/** A real public line that is not assigned to the demo account: sending from it answers 412. */
export const SANDBOX_UNASSIGNED_LINE = "10008663";
/** Assigned to the demo account but inactive: sending from it answers 412 too. */
export const SANDBOX_INACTIVE_LINE = "30001234";
/** Every line the sandbox knows, for seeding the admin's line list: two of them answer 412. */
export const SANDBOX_DEMO_LINES: readonly string[] = [SANDBOX_DEFAULT_SENDER, SANDBOX_SHARED_LINE, SANDBOX_UNASSIGNED_LINE, SANDBOX_INACTIVE_LINE];
export const SANDBOX_TEMPLATE = "otp-login";
/** Exists but is not approved yet: verify/lookup answers 424. */
export const SANDBOX_PENDING_TEMPLATE = "pending-template";

const lineNumber = z.string().regex(/^[0-9A-Za-z+]{3,32}$/, "must be a line number");

const simLineSchema = z.object({ number: lineNumber, active: z.boolean().default(true) });
const simTemplateSchema = z.object({
  name: z.string().min(1).max(100),
  text: z.string(),
  approved: z.boolean().default(true),
});

export const simAccountSeedSchema = z.object({
  apiKey: z.string().min(1),
  /** Rials. */
  credit: z.number().int().min(0).default(0),
  /** Unix seconds; one year after start-up when omitted. */
  expiredate: z.number().int().optional(),
  type: z.string().default("master"),
  /** A disabled account answers 401 to everything. */
  disabled: z.boolean().default(false),
  /** Without it, select/outbox methods answer 407 (as when the server IP is not allowed). */
  outboxAccess: z.boolean().default(true),
  /** Must be one of `lines`; the first line when omitted. */
  defaultSender: lineNumber.optional(),
  lines: z.array(simLineSchema).default([]),
  templates: z.array(simTemplateSchema).default([]),
});

export type SimAccountSeed = z.input<typeof simAccountSeedSchema>;
type SimLine = z.output<typeof simLineSchema>;
export type SimTemplate = z.output<typeof simTemplateSchema>;

export const simAccountPatchSchema = z.strictObject({
  credit: z.number().int().min(0).optional(),
  expiredate: z.number().int().optional(),
  type: z.string().optional(),
  disabled: z.boolean().optional(),
  outboxAccess: z.boolean().optional(),
  defaultSender: lineNumber.optional(),
  /** Added, or updated when the number exists. */
  lines: z.array(simLineSchema).optional(),
  removeLines: z.array(z.string()).optional(),
  /** Added, or replaced when the name exists. */
  templates: z.array(simTemplateSchema).optional(),
  removeTemplates: z.array(z.string()).optional(),
});

export type SimAccountPatch = z.input<typeof simAccountPatchSchema>;

export interface SimAccountConfig {
  apilogs: string;
  dailyreport: string;
  debugmode: string;
  defaultsender: string;
  mincreditalarm: string;
  resendfailed: string;
}

export interface SimAccount {
  apiKey: string;
  credit: number;
  expiredate: number;
  type: string;
  disabled: boolean;
  outboxAccess: boolean;
  lines: Map<string, SimLine>;
  templates: Map<string, SimTemplate>;
  config: SimAccountConfig;
}

/** A JSON-friendly copy of an account, for tests and the control API. */
export interface SimAccountSnapshot {
  apiKey: string;
  credit: number;
  expiredate: number;
  type: string;
  disabled: boolean;
  outboxAccess: boolean;
  lines: SimLine[];
  templates: SimTemplate[];
  config: SimAccountConfig;
}

export function sandboxAccountSeed(): SimAccountSeed {
  return {
    apiKey: SANDBOX_API_KEY,
    credit: SANDBOX_CREDIT_RIALS,
    type: "master",
    defaultSender: SANDBOX_DEFAULT_SENDER,
    lines: [
      { number: SANDBOX_DEFAULT_SENDER, active: true },
      { number: SANDBOX_SHARED_LINE, active: true },
      { number: SANDBOX_INACTIVE_LINE, active: false },
    ],
    templates: [
      { name: SANDBOX_TEMPLATE, text: "کد ورود شما: %token", approved: true },
      { name: SANDBOX_PENDING_TEMPLATE, text: "کد تایید: %token", approved: false },
    ],
  };
}

const ONE_YEAR_S = 365 * 24 * 3600;

export function createAccount(seed: SimAccountSeed, nowMs: number): SimAccount {
  const parsed = simAccountSeedSchema.parse(seed);
  const lines = new Map(parsed.lines.map((line) => [line.number, line]));
  return {
    apiKey: parsed.apiKey,
    credit: parsed.credit,
    expiredate: parsed.expiredate ?? Math.floor(nowMs / 1000) + ONE_YEAR_S,
    type: parsed.type,
    disabled: parsed.disabled,
    outboxAccess: parsed.outboxAccess,
    lines,
    templates: new Map(parsed.templates.map((template) => [template.name, template])),
    config: {
      apilogs: "justfaults",
      dailyreport: "enabled",
      debugmode: "disabled",
      defaultsender: parsed.defaultSender ?? parsed.lines[0]?.number ?? "",
      mincreditalarm: "10000",
      resendfailed: "enabled",
    },
  };
}

export function applyAccountPatch(account: SimAccount, input: SimAccountPatch): void {
  const patch = simAccountPatchSchema.parse(input);
  if (patch.credit !== undefined) account.credit = patch.credit;
  if (patch.expiredate !== undefined) account.expiredate = patch.expiredate;
  if (patch.type !== undefined) account.type = patch.type;
  if (patch.disabled !== undefined) account.disabled = patch.disabled;
  if (patch.outboxAccess !== undefined) account.outboxAccess = patch.outboxAccess;
  for (const line of patch.lines ?? []) account.lines.set(line.number, line);
  for (const number of patch.removeLines ?? []) account.lines.delete(number);
  for (const template of patch.templates ?? []) account.templates.set(template.name, template);
  for (const name of patch.removeTemplates ?? []) account.templates.delete(name);
  if (patch.defaultSender !== undefined) account.config.defaultsender = patch.defaultSender;
}

export function snapshotAccount(account: SimAccount): SimAccountSnapshot {
  return {
    apiKey: account.apiKey,
    credit: account.credit,
    expiredate: account.expiredate,
    type: account.type,
    disabled: account.disabled,
    outboxAccess: account.outboxAccess,
    lines: [...account.lines.values()].map((line) => ({ ...line })),
    templates: [...account.templates.values()].map((template) => ({ ...template })),
    config: { ...account.config },
  };
}
