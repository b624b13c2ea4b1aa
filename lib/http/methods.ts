// Every route answers every method: the ones it does not implement get 405 with a JSON body
// and an Allow header (Next.js alone answers them with an empty 405).
import { DomainError, reason } from "@/lib/errors";
import { errorResponse } from "./errors";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type NotAllowedHandler = (request: Request) => Promise<Response>;

/** Marks the generated 405 handlers, for the test that enumerates routes. */
export const METHOD_NOT_ALLOWED_MARK = Symbol.for("otp-gateway.method-not-allowed");

export function routeMethods<H extends Partial<Record<Method, (request: Request, segment: never) => Promise<Response>>>>(
  handlers: H,
): H & Record<Exclude<Method, keyof H>, NotAllowedHandler> {
  const implemented = METHODS.filter((method) => handlers[method] !== undefined);
  const allow = [...implemented, ...(implemented.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse = (request: Request) =>
    Promise.resolve(
      errorResponse(
        new DomainError("method_not_allowed", reason("methodNotAllowed", { method: request.method, allowed: implemented.join(" or ") }), { allow }),
      ),
    );
  const notAllowed = Object.assign(refuse, { [METHOD_NOT_ALLOWED_MARK]: true });
  return Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as H &
    Record<Exclude<Method, keyof H>, NotAllowedHandler>;
}
