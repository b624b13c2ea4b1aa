import { routeMethods } from "@/lib/http/methods";
import { jsonRoute } from "@/lib/http/route";
import { checkHealth } from "@/lib/server/health";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/health – readiness: database, provider mode and active sender (503 while the database is away)
  GET: jsonRoute(async () => {
    const health = await checkHealth();
    return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
  }),
});
