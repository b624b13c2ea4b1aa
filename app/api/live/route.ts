import { routeMethods } from "@/lib/http/methods";
import { jsonRoute } from "@/lib/http/route";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/live – liveness: the process answers; touches nothing (readiness is /api/health)
  GET: jsonRoute(() => Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } })),
});
