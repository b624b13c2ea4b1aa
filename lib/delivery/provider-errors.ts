// Turns a Kavenegar failure into what an end user may be told. The provider's own
// words stay in the send log for admins.
import { DomainError, type ErrorCode } from "@/lib/errors";
import { refusesSenderLine, type KavenegarError } from "@/lib/kavenegar";

const byStatus: Record<number, { code: ErrorCode; detail: string }> = {
  411: { code: "phone_rejected", detail: "The SMS provider rejected this phone number." },
  418: { code: "provider_no_credit", detail: "SMS service is temporarily unavailable (provider credit exhausted). Please contact support." },
  409: { code: "provider_unavailable", detail: "SMS provider is busy. Please try again later." },
  451: { code: "provider_unavailable", detail: "SMS provider is throttling requests. Please try again later." },
  401: { code: "provider_misconfigured", detail: "SMS service is misconfigured. Please contact support." },
  403: { code: "provider_misconfigured", detail: "SMS service is misconfigured. Please contact support." },
  407: { code: "provider_misconfigured", detail: "SMS service is misconfigured. Please contact support." },
  416: { code: "provider_misconfigured", detail: "SMS service is misconfigured. Please contact support." },
  429: { code: "provider_misconfigured", detail: "SMS service is misconfigured. Please contact support." },
  424: { code: "template_invalid", detail: "SMS template is misconfigured. Please contact support." },
  428: { code: "template_invalid", detail: "SMS template is misconfigured. Please contact support." },
  431: { code: "template_invalid", detail: "SMS template is misconfigured. Please contact support." },
  432: { code: "template_invalid", detail: "SMS template is misconfigured. Please contact support." },
};

export function toDeliveryError(error: KavenegarError): DomainError {
  if (error.kind === "timeout") {
    return new DomainError("provider_timeout", "SMS provider did not answer in time. Please try again.");
  }
  if (error.kind !== "api" || error.status === null) {
    return new DomainError("provider_unavailable", "SMS provider is unavailable. Please try again later.");
  }
  if (refusesSenderLine(error.status)) return new DomainError("sender_invalid", "Sender number is invalid. Please contact support.");
  const mapped = byStatus[error.status];
  return mapped
    ? new DomainError(mapped.code, mapped.detail)
    : new DomainError("provider_rejected", "SMS provider rejected the request. Please contact support.");
}
