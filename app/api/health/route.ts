import { publicRoute } from "@/lib/http/route";
import { checkHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

// GET /api/health – database, provider mode and active sender
export const GET = publicRoute(async (_request, ctx) => {
  const health = await checkHealth(ctx);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503 });
});
