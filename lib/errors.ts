// Domain failures. Each has a stable `code`, which lib/http/errors.ts maps to HTTP, and a
// `reason`: a key of errors.reason in the message catalogs with its parameters. The API's
// `detail` is the reason in English; the console words the same reason in its reader's language.
import { translatorFor, type Messages } from "@/lib/i18n/messages";

/** Limits a caller can run into; each answers 429 with Retry-After. */
export type LimitCode =
  "otp_cooldown" | "otp_phone_hourly_limit" | "otp_phone_daily_limit" | "otp_client_limit" | "otp_client_daily_limit" | "otp_global_limit";

export type ErrorCode =
  | LimitCode
  | "invalid_request"
  | "invalid_json"
  | "payload_too_large"
  | "request_timeout"
  | "method_not_allowed"
  | "invalid_phone"
  | "phone_blocked"
  | "challenge_required"
  | "challenge_invalid"
  | "otp_invalid"
  | "sender_invalid"
  | "phone_rejected"
  | "provider_no_credit"
  | "provider_timeout"
  | "provider_unavailable"
  | "provider_misconfigured"
  | "template_invalid"
  | "provider_rejected"
  | "database_unavailable"
  | "settings_changing"
  | "not_found"
  | "conflict"
  | "unauthorized"
  | "forbidden";

// The app's context is built by whichever bundle asks first (instrumentation or a route), so
// an error may be thrown by another copy of this class than the one that catches it: the
// brand keeps `instanceof DomainError` true across copies. Subclasses compare as usual.
export type ReasonKey = keyof Messages["errors"]["reason"];
export type ReasonParams = Record<string, string | number>;

export interface Reason {
  key: ReasonKey;
  params: ReasonParams;
}

export function reason(key: ReasonKey, params: ReasonParams = {}): Reason {
  return { key, params };
}

const english = translatorFor("en", "errors") as unknown as (key: string, params: ReasonParams) => string;

export function englishReason({ key, params }: Reason): string {
  return english(`reason.${key}`, params);
}

const DOMAIN_ERROR_BRAND = Symbol.for("otp-gateway.domain-error");

export class DomainError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    if (this !== DomainError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && DOMAIN_ERROR_BRAND in value;
  }

  readonly [DOMAIN_ERROR_BRAND] = true;

  readonly reason: Reason;
  readonly detail: string;

  constructor(
    readonly code: ErrorCode,
    why: Reason | ReasonKey,
    readonly extra: Record<string, unknown> = {},
  ) {
    const reasonOf = typeof why === "string" ? reason(why) : why;
    const detail = englishReason(reasonOf);
    super(detail);
    this.reason = reasonOf;
    this.detail = detail;
    this.name = "DomainError";
  }
}

export class ValidationError extends DomainError {
  constructor(
    why: Reason | ReasonKey,
    code: "invalid_request" | "invalid_json" | "payload_too_large" | "request_timeout" | "invalid_phone" = "invalid_request",
  ) {
    super(code, why);
    this.name = "ValidationError";
  }
}

/** A limit is full: try again in `retryAfterSeconds`. */
export class LimitError extends DomainError {
  constructor(
    code: LimitCode,
    why: Reason,
    readonly retryAfterSeconds: number,
  ) {
    super(code, why, { retry_after: retryAfterSeconds });
    this.name = "LimitError";
  }
}

export class NotFoundError extends DomainError {
  constructor(why: Reason | ReasonKey) {
    super("not_found", why);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends DomainError {
  constructor(why: Reason | ReasonKey) {
    super("conflict", why);
    this.name = "ConflictError";
  }
}

export class DatabaseUnavailableError extends DomainError {
  constructor(readonly retryAfterSeconds = 5) {
    super("database_unavailable", "databaseUnavailable", { retry_after: retryAfterSeconds });
    this.name = "DatabaseUnavailableError";
  }
}
