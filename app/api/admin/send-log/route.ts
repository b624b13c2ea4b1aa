import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { parseSendLogFilters } from "@/lib/send-log/schemas";
import { listSendAttempts } from "@/lib/send-log/query";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/send-log – one page of send attempts, newest first (filters and cursor in the query string)
  GET: adminRoute("viewer", async (request, ctx) => {
    const filters = parseSendLogFilters(new URL(request.url).searchParams);
    return Response.json(await listSendAttempts(ctx.sql, filters));
  }),
});
