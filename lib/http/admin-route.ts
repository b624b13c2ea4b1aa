// Every /api/admin route is wrapped: the session and role check cannot be forgotten.
import "server-only";
import { assertRole, getSessionFromRequest, type AdminRoleName, type AdminSession } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { getServerContext, type ServerContext } from "@/lib/server/app-context";
import { errorResponse } from "./errors";

type AdminHandler<P> = (request: Request, ctx: ServerContext, session: AdminSession, params: P) => Promise<Response>;

export const ADMIN_ROUTE_MARK = Symbol.for("otp-gateway.admin-route");

/** SameSite=Lax cookies already stop most cross-site writes; the Origin check stops the rest. */
function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (request.method === "GET" || !origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (URL.canParse(origin) && new URL(origin).host === host) return;
  throw new DomainError("forbidden", "Cross-site request refused.");
}

export function adminRoute<P = Record<string, never>>(role: AdminRoleName, handler: AdminHandler<P>) {
  const wrapped = async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      const session = assertRole(await getSessionFromRequest(request), role);
      assertSameOrigin(request);
      return await handler(request, await getServerContext(), session, await segment.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(wrapped, { [ADMIN_ROUTE_MARK]: role });
}
