import { adminRoute } from "@/lib/http/admin-route";
import { requestLocale } from "@/lib/http/request-locale";
import { routeMethods } from "@/lib/http/methods";
import { createSendLogCsvStream, sendLogCsvFileName } from "@/lib/send-log/csv";
import { parseSendLogFilters } from "@/lib/send-log/schemas";
import { getSettings } from "@/lib/settings/store";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/send-log/export – every send attempt matching the filters, as a streamed CSV file
  GET: adminRoute("viewer", async (request, ctx, actor) => {
    const filters = parseSendLogFilters(new URL(request.url).searchParams);
    const times = { locale: requestLocale(request, actor), timeZone: (await getSettings(ctx.db)).timeZone };
    return new Response(createSendLogCsvStream(ctx.sql, filters, times), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${sendLogCsvFileName()}"`,
        "Cache-Control": "no-store",
      },
    });
  }),
});
