import { NotFoundError } from "@/lib/errors";
import { routeMethods } from "@/lib/http/methods";
import { publicRoute } from "@/lib/http/route";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/sandbox/outbox – the simulated SMS outbox, codes included (sandbox only; 404 otherwise)
  GET: publicRoute((_request, ctx) => {
    if (!ctx.sandbox) throw new NotFoundError("pageNotFound");
    return Response.json({ mode: "sandbox", messages: ctx.sandbox.outbox() }, { headers: { "Cache-Control": "no-store" } });
  }),
});
