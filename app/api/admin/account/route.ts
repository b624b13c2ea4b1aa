import { accountHistoryQuerySchema } from "@/lib/account/schemas";
import { listAccountSnapshots } from "@/lib/account/snapshots";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/account – the latest Kavenegar account snapshot and the history before it
  GET: adminRoute("viewer", async (request, ctx) => {
    const { limit } = accountHistoryQuerySchema.parse({ limit: new URL(request.url).searchParams.get("limit") });
    const history = await listAccountSnapshots(ctx.db, limit);
    return Response.json({ latest: history[0] ?? null, history });
  }),
});
