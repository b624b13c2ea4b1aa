// Tells a database that is down, unreachable, overloaded or too slow (an outage the client
// should retry) apart from a bug. Errors arrive from pg, from Prisma's pg adapter, or wrapped.

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "EPIPE"]);
/** Prisma: can't reach, timed out, server closed the connection, pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** SQLSTATE: connection exceptions, admin/crash shutdown, cannot connect now, too many connections, statement timeout. */
const UNAVAILABLE_SQLSTATE = /^(?:08...|57P0[1-3]|53300|57014)$/;
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection timeout|Client has encountered a connection error|Connection closed|database system is (?:starting up|shutting down)/i;

function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === "object" && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== "object") return false;
  const code = field(error, "code");
  if (typeof code === "string" && (NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  const adapterCause = field(field(field(error, "meta"), "driverAdapterError"), "cause");
  const kind = field(adapterCause, "kind");
  const originalCode = field(adapterCause, "originalCode") ?? field(adapterCause, "code");
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  if (typeof originalCode === "string" && UNAVAILABLE_SQLSTATE.test(originalCode)) return true;
  const message = field(error, "message");
  if (typeof message === "string" && DRIVER_MESSAGES.test(message)) return true;
  return (
    isDatabaseUnavailable(field(error, "cause"), depth + 1) ||
    (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
  );
}
