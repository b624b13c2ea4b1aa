// The public surface of the Kavenegar integration. The simulator is imported from
// "lib/kavenegar/simulator" by tests and the sandbox, never by request code.
export {
  KavenegarClient,
  KAVENEGAR_DEFAULT_BASE_URL,
  type AccountConfigParams,
  type KavenegarClientOptions,
  type KavenegarResult,
  type LookupParams,
  type SendParams,
} from "./client";
export { KavenegarError, isKavenegarError, maskApiKey, scrubApiKey, type KavenegarErrorInit, type KavenegarErrorKind } from "./errors";
export type { KavenegarAccountConfig, KavenegarAccountInfo, KavenegarEnvelope, KavenegarMessage, KavenegarStatusEntry } from "./schemas";
export {
  API_STATUS_CODES,
  DELIVERY_STATUS,
  DELIVERY_STATUSES,
  apiStatusMessage,
  deliveryStatusText,
  describeApiStatus,
  findApiStatus,
  findDeliveryStatus,
  type ApiStatusInfo,
  type DeliveryStatusCode,
  type DeliveryStatusInfo,
} from "./status-codes";
