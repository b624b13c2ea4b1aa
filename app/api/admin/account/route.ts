import { accountHistoryQuerySchema } from "@/lib/account/schemas";
import { listAccountSnapshots } from "@/lib/account/snapshots";
import { adminRoute } from "@/lib/http/admin-route";

// GET /api/admin/account – the latest Kavenegar account snapshot and the history before it
export const GET = adminRoute("viewer", async (request, ctx) => {
  const { limit } = accountHistoryQuerySchema.parse({ limit: new URL(request.url).searchParams.get("limit") });
  const history = await listAccountSnapshots(ctx.db, limit);
  return Response.json({ latest: history[0] ?? null, history });
});
