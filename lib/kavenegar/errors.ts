// The one error type for Kavenegar failures. The API key travels in the URL path,
// so every text that reaches an error is scrubbed of it first.

export type KavenegarErrorKind = "api" | "timeout" | "network" | "bad_response";

export interface KavenegarErrorInit {
  kind: KavenegarErrorKind;
  /** `return.status` for kind "api". */
  status?: number | null;
  providerMessage?: string | null;
  explanation: string;
  adminHint?: string | null;
  /** e.g. "sms/send"; never the URL, which holds the key. */
  endpoint?: string | null;
  httpStatus?: number | null;
  response?: unknown;
  cause?: unknown;
  /** Scrubbed from every text kept on the error; not stored. */
  apiKey?: string;
}

/** Shows only the first and last 4 characters (`7A4B…9F2C`); short keys are fully masked. */
export function maskApiKey(key: string): string {
  if (key.length < 16) return "****";
  return `${key.slice(0, 4)}…${key.slice(-4)}`;
}

/** Replaces the key, raw or URL-encoded, with its masked form. */
export function scrubApiKey(text: string, apiKey: string | undefined): string {
  if (!apiKey) return text;
  const masked = maskApiKey(apiKey);
  const forms = new Set([apiKey, encodeURIComponent(apiKey), encodeURI(apiKey)]);
  let result = text;
  for (const form of forms) result = result.split(form).join(masked);
  return result;
}

function scrubValue(value: unknown, apiKey: string | undefined): unknown {
  if (!apiKey || value === undefined) return value;
  try {
    return JSON.parse(scrubApiKey(JSON.stringify(value), apiKey)) as unknown;
  } catch {
    return null;
  }
}

function describeNonError(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value);
  } catch {
    return "an unreadable error value";
  }
}

/** A plain copy of an underlying error (fetch's TypeError, its socket cause) with the key scrubbed. */
function scrubCause(cause: unknown, apiKey: string | undefined, depth = 0): Error | undefined {
  if (cause === undefined || cause === null) return undefined;
  const source = cause instanceof Error ? cause : new Error(describeNonError(cause));
  const copy = new Error(scrubApiKey(source.message, apiKey));
  copy.name = source.name;
  const code = (source as { code?: unknown }).code;
  if (typeof code === "string") Object.assign(copy, { code });
  copy.stack = scrubApiKey(source.stack ?? `${copy.name}: ${copy.message}`, apiKey);
  const inner = depth < 3 ? scrubCause(source.cause, apiKey, depth + 1) : undefined;
  if (inner) copy.cause = inner;
  return copy;
}

function composeMessage(init: KavenegarErrorInit): string {
  const where = init.endpoint ? ` (${init.endpoint})` : "";
  if (init.kind === "api") {
    const persian = init.providerMessage ? ` ${init.providerMessage}` : "";
    return `Kavenegar API error ${init.status ?? "?"}${where}:${persian} – ${init.explanation}`;
  }
  const label = { timeout: "timed out", network: "network error", bad_response: "bad response" }[init.kind];
  return `Kavenegar ${label}${where}: ${init.explanation}`;
}

// Next.js loads this module once per server bundle (instrumentation, routes), and the
// client that throws may come from another bundle than the code that catches: the brand
// keeps `instanceof` true across copies of this class.
const KAVENEGAR_ERROR_BRAND = Symbol.for("otp-gateway.kavenegar-error");

export class KavenegarError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && KAVENEGAR_ERROR_BRAND in value;
  }

  readonly [KAVENEGAR_ERROR_BRAND] = true;
  readonly kind: KavenegarErrorKind;
  readonly status: number | null;
  readonly providerMessage: string | null;
  readonly explanation: string;
  readonly adminHint: string | null;
  readonly endpoint: string | null;
  readonly httpStatus: number | null;
  readonly response: unknown;

  constructor(init: KavenegarErrorInit) {
    const key = init.apiKey;
    const clean: KavenegarErrorInit = {
      ...init,
      providerMessage: init.providerMessage == null ? null : scrubApiKey(init.providerMessage, key),
      explanation: scrubApiKey(init.explanation, key),
      endpoint: init.endpoint == null ? null : scrubApiKey(init.endpoint, key),
    };
    const cause = scrubCause(init.cause, key);
    super(composeMessage(clean), cause ? { cause } : undefined);
    this.name = "KavenegarError";
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.providerMessage = clean.providerMessage ?? null;
    this.explanation = clean.explanation;
    this.adminHint = init.adminHint == null ? null : scrubApiKey(init.adminHint, key);
    this.endpoint = clean.endpoint ?? null;
    this.httpStatus = init.httpStatus ?? null;
    this.response = scrubValue(init.response ?? null, key);
    // The stack was captured under the base name; rebuild its first line for logs.
    if (this.stack) this.stack = scrubApiKey(this.stack.replace(/^Error\b/, this.name), key);
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      kind: this.kind,
      status: this.status,
      providerMessage: this.providerMessage,
      explanation: this.explanation,
      adminHint: this.adminHint,
      endpoint: this.endpoint,
      httpStatus: this.httpStatus,
      response: this.response,
    };
  }
}

export function isKavenegarError(error: unknown): error is KavenegarError {
  return error instanceof KavenegarError;
}
