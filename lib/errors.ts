// Domain failures. Each has a stable `code`; lib/http/errors.ts maps codes to HTTP.

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
const DOMAIN_ERROR_BRAND = Symbol.for("otp-gateway.domain-error");

export class DomainError extends Error {
  static [Symbol.hasInstance](value: unknown): boolean {
    if (this !== DomainError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === "object" && value !== null && DOMAIN_ERROR_BRAND in value;
  }

  readonly [DOMAIN_ERROR_BRAND] = true;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = "DomainError";
  }
}

export class ValidationError extends DomainError {
  constructor(
    detail: string,
    code: "invalid_request" | "invalid_json" | "payload_too_large" | "request_timeout" | "invalid_phone" = "invalid_request",
  ) {
    super(code, detail);
    this.name = "ValidationError";
  }
}

/** A limit is full: try again in `retryAfterSeconds`. */
export class LimitError extends DomainError {
  constructor(
    code: LimitCode,
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, detail, { retry_after: retryAfterSeconds });
    this.name = "LimitError";
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super("not_found", `${what} not found.`);
    this.name = "NotFoundError";
  }
}

export class ConflictError extends DomainError {
  constructor(detail: string) {
    super("conflict", detail);
    this.name = "ConflictError";
  }
}

export class DatabaseUnavailableError extends DomainError {
  constructor(readonly retryAfterSeconds = 5) {
    super("database_unavailable", "The database is unavailable. Please try again shortly.", { retry_after: retryAfterSeconds });
    this.name = "DatabaseUnavailableError";
  }
}
