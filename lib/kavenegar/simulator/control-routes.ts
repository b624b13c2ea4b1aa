// Test controls over HTTP under /__sim/, for tests that drive a separately started simulator.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { simAccountPatchSchema, simAccountSeedSchema } from "./accounts";
import { simFaultSchema, type SimulatorState } from "./state";

const deliveryOutcomeSchema = z.strictObject({
  receptor: z.string().min(1),
  outcome: z.union([z.literal(6), z.literal(10), z.literal(11), z.literal(14)]),
});
const clockSchema = z.strictObject({ advanceMs: z.number().int() });

class ControlError extends Error {
  constructor(
    readonly httpStatus: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function parseJson<T>(schema: z.ZodType<T>, body: string): T {
  let value: unknown;
  try {
    value = body.trim() === "" ? {} : JSON.parse(body);
  } catch {
    throw new ControlError(400, "body is not JSON");
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ControlError(400, result.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; "));
  }
  return result.data;
}

function accountOr404(state: SimulatorState, apiKey: string) {
  const account = state.account(apiKey);
  if (!account) throw new ControlError(404, "no account with this key");
  return account;
}

/**
 * GET    /__sim/health
 * GET    /__sim/faults · POST /__sim/faults (a SimFault) · DELETE /__sim/faults
 * GET    /__sim/outbox?key=…
 * POST   /__sim/accounts (a SimAccountSeed) · GET|POST|DELETE /__sim/accounts/{key} (POST patches)
 * POST   /__sim/delivery-outcomes ({receptor, outcome})
 * POST   /__sim/clock ({advanceMs}) · GET /__sim/clock
 * POST   /__sim/reset
 */
export function handleControl(state: SimulatorState, req: IncomingMessage, url: URL, body: string, res: ServerResponse): void {
  try {
    const route = `${req.method ?? "GET"} ${url.pathname.replace(/\/+$/, "")}`;
    const accountMatch = /^\/__sim\/accounts\/([^/]+)$/.exec(url.pathname.replace(/\/+$/, ""));
    if (accountMatch) {
      const apiKey = decodeURIComponent(accountMatch[1] ?? "");
      if (req.method === "GET") {
        sendJson(res, 200, accountOr404(state, apiKey));
        return;
      }
      if (req.method === "POST") {
        accountOr404(state, apiKey);
        sendJson(res, 200, state.patchAccount(apiKey, parseJson(simAccountPatchSchema, body)));
        return;
      }
      if (req.method === "DELETE") {
        state.removeAccount(apiKey);
        sendJson(res, 200, { ok: true });
        return;
      }
      throw new ControlError(405, "use GET, POST or DELETE");
    }
    switch (route) {
      case "GET /__sim/health": {
        sendJson(res, 200, { ok: true });
        return;
      }
      case "GET /__sim/faults": {
        sendJson(res, 200, { faults: state.faults() });
        return;
      }
      case "POST /__sim/faults":
        state.injectFault(parseJson(simFaultSchema, body));
        {
          sendJson(res, 200, { faults: state.faults() });
          return;
        }
      case "DELETE /__sim/faults":
        state.clearFaults();
        {
          sendJson(res, 200, { faults: [] });
          return;
        }
      case "GET /__sim/outbox": {
        const apiKey = url.searchParams.get("key") ?? "";
        accountOr404(state, apiKey);
        sendJson(res, 200, { messages: state.outbox(apiKey) });
        return;
      }
      case "POST /__sim/accounts": {
        sendJson(res, 200, state.addAccount(parseJson(simAccountSeedSchema, body)));
        return;
      }
      case "POST /__sim/delivery-outcomes": {
        const { receptor, outcome } = parseJson(deliveryOutcomeSchema, body);
        state.setDeliveryOutcome(receptor, outcome);
        sendJson(res, 200, { ok: true });
        return;
      }
      case "GET /__sim/clock": {
        sendJson(res, 200, { now: state.now() });
        return;
      }
      case "POST /__sim/clock":
        state.advanceClock(parseJson(clockSchema, body).advanceMs);
        {
          sendJson(res, 200, { now: state.now() });
          return;
        }
      case "POST /__sim/reset":
        state.reset();
        {
          sendJson(res, 200, { ok: true });
          return;
        }
      default:
        throw new ControlError(404, `no control route ${route}`);
    }
  } catch (error) {
    if (error instanceof ControlError) {
      sendJson(res, error.httpStatus, { error: error.message });
      return;
    }
    sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
    return;
  }
}
