// Domain failures. Each has a stable `code`; lib/http/errors.ts maps codes to HTTP.

export type ErrorCode =
  | "invalid_request"
  | "invalid_json"
  | "payload_too_large"
  | "invalid_phone"
  | "otp_invalid"
  | "otp_attempts_exceeded"
  | "otp_cooldown"
  | "sender_invalid"
  | "phone_rejected"
  | "provider_no_credit"
  | "provider_timeout"
  | "provider_unavailable"
  | "provider_misconfigured"
  | "template_invalid"
  | "provider_rejected"
  | "no_active_sender"
  | "not_found"
  | "conflict"
  | "unauthorized"
  | "forbidden"
  | "rate_limited";

export class DomainError extends Error {
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
  constructor(detail: string, code: "invalid_request" | "invalid_json" | "payload_too_large" | "invalid_phone" = "invalid_request") {
    super(code, detail);
    this.name = "ValidationError";
  }
}

export class CooldownError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("otp_cooldown", `Please wait ${retryAfterSeconds} seconds before requesting a new code.`, {
      retry_after: retryAfterSeconds,
    });
    this.name = "CooldownError";
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
