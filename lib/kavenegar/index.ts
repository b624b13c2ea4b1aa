// The public surface of the Kavenegar integration. The simulator is imported from
// "lib/kavenegar/simulator" by tests and the sandbox, never by request code.
export { KavenegarClient } from "./client";
export { KavenegarError, isKavenegarError, maskApiKey, scrubApiKey, type KavenegarErrorKind } from "./errors";
export type { KavenegarAccountConfig, KavenegarAccountInfo } from "./schemas";
export {
  API_STATUS_CODES,
  DELIVERY_STATUSES,
  apiStatusMessage,
  deliveryStatusText,
  describeApiStatus,
  findApiStatus,
  refusesSenderLine,
} from "./status-codes";
