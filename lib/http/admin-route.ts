// Every /api/admin route is wrapped: the session and role check cannot be forgotten, and
// no write is accepted from another site.
import "server-only";
import { assertRole, getSessionFromRequest, type AdminRoleName, type AdminSession } from "@/lib/auth/session";
import { DomainError, ValidationError } from "@/lib/errors";
import { getServerContext, type ServerContext } from "@/lib/server/app-context";
import { clientAddressOf } from "@/lib/client-address";
import { errorResponse } from "./errors";

/** The signed-in admin and where the request came from: what the audit log records. */
interface AdminActor extends AdminSession {
  clientAddress: string;
}

type AdminHandler<P> = (request: Request, ctx: ServerContext, actor: AdminActor, params: P) => Response | Promise<Response>;

export const ADMIN_ROUTE_MARK = Symbol.for("otp-gateway.admin-route");

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A write must come from the console itself: its Origin is the public URL (NEXTAUTH_URL),
 * or the browser vouches with Sec-Fetch-Site. It must be JSON, which a cross-site form
 * cannot send without a CORS preflight we never grant.
 */
function assertConsoleWrite(request: Request, publicUrl: string | undefined): void {
  if (READS.has(request.method)) return;
  const origin = request.headers.get("origin");
  const sameOrigin =
    (origin !== null && publicUrl !== undefined && origin === new URL(publicUrl).origin) || request.headers.get("sec-fetch-site") === "same-origin";
  if (!sameOrigin) throw new DomainError("forbidden", "crossSite");
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new ValidationError("jsonOnly", "invalid_json");
}

export function adminRoute<P = Record<string, never>>(role: AdminRoleName, handler: AdminHandler<P>) {
  const wrapped = async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      const ctx = await getServerContext();
      const session = assertRole(await getSessionFromRequest(ctx.db, request), role);
      assertConsoleWrite(request, ctx.env.NEXTAUTH_URL);
      return await handler(request, ctx, { ...session, clientAddress: clientAddressOf(request.headers) }, await segment.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(wrapped, { [ADMIN_ROUTE_MARK]: role });
}
