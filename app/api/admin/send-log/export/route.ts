import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { createSendLogCsvStream, sendLogCsvFileName } from "@/lib/send-log/csv";
import { parseSendLogFilters } from "@/lib/send-log/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/send-log/export – every send attempt matching the filters, as a streamed CSV file
  GET: adminRoute("viewer", (request, ctx) => {
    const filters = parseSendLogFilters(new URL(request.url).searchParams);
    return new Response(createSendLogCsvStream(ctx.sql, filters), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${sendLogCsvFileName()}"`,
        "Cache-Control": "no-store",
      },
    });
  }),
});
