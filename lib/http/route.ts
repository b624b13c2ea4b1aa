// Route handlers are wrapped so that error mapping lives in one place.
import "server-only";
import { getServerContext, type ServerContext } from "@/lib/server/app-context";
import { errorResponse } from "./errors";

type Handler<P> = (request: Request, ctx: ServerContext, params: P) => Promise<Response>;

export function publicRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, segment: { params: Promise<P> }): Promise<Response> => {
    try {
      return await handler(request, await getServerContext(), await segment.params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
