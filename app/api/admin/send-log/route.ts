import { adminRoute } from "@/lib/http/admin-route";
import { parseSendLogFilters } from "@/lib/send-log/schemas";
import { listSendAttempts } from "@/lib/send-log/query";

// GET /api/admin/send-log – one page of send attempts, newest first (filters and cursor in the query string)
export const GET = adminRoute("viewer", async (request, ctx) => {
  const filters = parseSendLogFilters(new URL(request.url).searchParams);
  return Response.json(await listSendAttempts(ctx.db, filters));
});
