// A faithful local stand-in for api.kavenegar.com: for tests and the sandbox mode.
export {
  SANDBOX_API_KEY,
  SANDBOX_CREDIT_RIALS,
  SANDBOX_DEFAULT_SENDER,
  SANDBOX_DEMO_LINES,
  SANDBOX_INACTIVE_LINE,
  SANDBOX_PENDING_TEMPLATE,
  SANDBOX_SHARED_LINE,
  SANDBOX_TEMPLATE,
  SANDBOX_UNASSIGNED_LINE,
  sandboxAccountSeed,
  type SimAccountConfig,
  type SimAccountPatch,
  type SimAccountSeed,
  type SimAccountSnapshot,
  type SimLine,
  type SimTemplate,
} from "./accounts";
export { MAX_MESSAGE_IDS, MAX_MESSAGE_LENGTH, MAX_RECEPTORS, PRICE_PER_PART_RIALS, messageCost, messageParts, normalizeReceptor } from "./rules";
export { startKavenegarSimulator, type KavenegarSimulator, type KavenegarSimulatorOptions, type RunningSimulator } from "./server";
export { DELIVERED_AFTER_MS, QUEUED_FOR_MS, SimulatorState, type DeliveryOutcome, type SimFault, type SimOutboxMessage } from "./state";
