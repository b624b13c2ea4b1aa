// Every /api/admin route is wrapped: the session and role check cannot be forgotten.
import "server-only";
import { assertRole, getSessionFromRequest, type AdminRoleName, type AdminSession } from "@/lib/auth/session";
import { getServerContext, type ServerContext } from "@/lib/server/app-context";
import { errorResponse } from "./errors";

type AdminHandler<P> = (request: Request, ctx: ServerContext, session: AdminSession, params: P) => Promise<Response>;

export const ADMIN_ROUTE_MARK = Symbol.for("otp-gateway.admin-route");

export function adminRoute<P = Record<string, never>>(role: AdminRoleName, handler: AdminHandler<P>) {
  const wrapped = async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      const session = assertRole(await getSessionFromRequest(request), role);
      return await handler(request, await getServerContext(), session, await segment.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(wrapped, { [ADMIN_ROUTE_MARK]: role });
}
