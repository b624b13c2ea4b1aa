// npm run kavenegar:sim [-- --port 4010 --host 127.0.0.1]: the Kavenegar simulator as a standalone process.
import { parseArgs } from "node:util";
import {
  SANDBOX_API_KEY,
  SANDBOX_CREDIT_RIALS,
  SANDBOX_DEFAULT_SENDER,
  SANDBOX_INACTIVE_LINE,
  SANDBOX_PENDING_TEMPLATE,
  SANDBOX_SHARED_LINE,
  SANDBOX_TEMPLATE,
  SANDBOX_UNASSIGNED_LINE,
  startKavenegarSimulator,
} from "../lib/kavenegar/simulator";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a TCP port (0-65535), got ${values.port}`);
  process.exit(2);
}

const simulator = await startKavenegarSimulator({ port, host: values.host });
console.info(`Kavenegar simulator listening on ${simulator.url}
  KAVENEGAR_BASE_URL=${simulator.url}
  demo API key:  ${SANDBOX_API_KEY}  (credit ${SANDBOX_CREDIT_RIALS} rials)
  lines:         ${SANDBOX_DEFAULT_SENDER} (default), ${SANDBOX_SHARED_LINE} active; ${SANDBOX_INACTIVE_LINE} inactive and ${SANDBOX_UNASSIGNED_LINE} not assigned (both 412)
  templates:     ${SANDBOX_TEMPLATE} (approved), ${SANDBOX_PENDING_TEMPLATE} (not approved: 424)
  try:           curl -d receptor=09123456789 -d message=hello ${simulator.url}/v1/${SANDBOX_API_KEY}/sms/send.json
  outbox:        ${simulator.url}/__sim/outbox?key=${SANDBOX_API_KEY}
  controls:      POST/DELETE /__sim/faults, POST /__sim/accounts/{key}, POST /__sim/clock, POST /__sim/reset`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.info(`\n${signal}: stopping the simulator`);
  await simulator.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
