// Turns a Kavenegar failure into what an end user may be told. The provider's own
// words stay in the send log for admins.
import { DomainError, type ErrorCode, type ReasonKey } from "@/lib/errors";
import { refusesSenderLine, type KavenegarError } from "@/lib/kavenegar";

const byStatus: Record<number, [ErrorCode, ReasonKey]> = {
  411: ["phone_rejected", "phoneRejected"],
  418: ["provider_no_credit", "providerNoCredit"],
  409: ["provider_unavailable", "providerBusy"],
  451: ["provider_unavailable", "providerThrottling"],
  401: ["provider_misconfigured", "providerMisconfigured"],
  403: ["provider_misconfigured", "providerMisconfigured"],
  407: ["provider_misconfigured", "providerMisconfigured"],
  416: ["provider_misconfigured", "providerMisconfigured"],
  429: ["provider_misconfigured", "providerMisconfigured"],
  424: ["template_invalid", "templateMisconfigured"],
  428: ["template_invalid", "templateMisconfigured"],
  431: ["template_invalid", "templateMisconfigured"],
  432: ["template_invalid", "templateMisconfigured"],
};

export function toDeliveryError(error: KavenegarError): DomainError {
  if (error.kind === "timeout") return new DomainError("provider_timeout", "providerTimeout");
  if (error.kind !== "api" || error.status === null) return new DomainError("provider_unavailable", "providerUnavailable");
  if (refusesSenderLine(error.status)) return new DomainError("sender_invalid", "senderInvalid");
  const [code, why] = byStatus[error.status] ?? ["provider_rejected", "providerRejected"];
  return new DomainError(code, why);
}
