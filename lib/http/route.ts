// Route handlers are wrapped so that error mapping lives in one place.
import "server-only";
import { getServerContext, type ServerContext } from "@/lib/server/app-context";
import { errorResponse } from "./errors";

/** Any failure becomes a JSON answer (lib/http/errors.ts). */
export function jsonRoute<P = Record<string, never>>(handler: (request: Request, params: P) => Response | Promise<Response>) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await segment.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** As jsonRoute, with the app's context (503 while the database is unavailable). */
export function publicRoute<P = Record<string, never>>(handler: (request: Request, ctx: ServerContext, params: P) => Response | Promise<Response>) {
  return jsonRoute<P>(async (request, params) => handler(request, await getServerContext(), params));
}
