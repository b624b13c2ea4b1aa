import { adminRoute } from "@/lib/http/admin-route";
import { createSendLogCsvStream, sendLogCsvFileName } from "@/lib/send-log/csv";
import { parseSendLogFilters } from "@/lib/send-log/schemas";

// GET /api/admin/send-log/export – every send attempt matching the filters, as a streamed CSV file
export const GET = adminRoute("viewer", async (request, ctx) => {
  const filters = parseSendLogFilters(new URL(request.url).searchParams);
  return new Response(createSendLogCsvStream(ctx.db, filters), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${sendLogCsvFileName()}"`,
      "Cache-Control": "no-store",
    },
  });
});
