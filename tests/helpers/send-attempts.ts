import type { NewSendAttempt } from "@/lib/send-log/attempt";

/** The seed's failure as recordSendAttempt takes it: a 412 from the unassigned line 10008663. */
export function failedSendAttempt(overrides: Partial<NewSendAttempt> = {}): NewSendAttempt {
  return {
    phone: "+989123456789",
    sender: "10008663",
    method: "sms",
    purpose: "otp",
    outcome: "failed",
    providerStatus: 412,
    providerMessage: "ارسال کننده نامعتبر است",
    messageId: null,
    cost: null,
    latencyMs: 12,
    errorCode: "sender_invalid",
    errorDetail: "Invalid sender",
    providerResponse: { return: { status: 412, message: "ارسال کننده نامعتبر است" }, entries: null },
    challengeId: null,
    ...overrides,
  };
}
