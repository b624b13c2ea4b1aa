import { listAuditEntries } from "@/lib/audit/record";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/audit – audit entries newest first; ?cursor=<id of the last one shown>&limit=
  GET: adminRoute("viewer", async (request, ctx) => {
    const query = auditQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return Response.json(await listAuditEntries(ctx.db, query));
  }),
});
