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
} from "./accounts";
export { PRICE_PER_PART_RIALS, messageParts } from "./rules";
export { startKavenegarSimulator, type KavenegarSimulator, type RunningSimulator } from "./server";
