import { listAuditEntries } from "@/lib/audit/record";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { adminRoute } from "@/lib/http/admin-route";

export const dynamic = "force-dynamic";

// GET /api/admin/audit – audit entries newest first; ?cursor=<id of the last one shown>&limit=
export const GET = adminRoute("viewer", async (request, ctx) => {
  const query = auditQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listAuditEntries(ctx.db, query));
});
