import { createAttemptEventStream, EVENT_STREAM_HEADERS, parseLastEventId } from "@/lib/events/event-stream";
import { getLiveHub } from "@/lib/events/live-hub";
import { adminRoute } from "@/lib/http/admin-route";

export const dynamic = "force-dynamic";

export const GET = adminRoute("viewer", async (request, ctx) => {
  // GET /api/admin/events – every send attempt as it happens, as Server-Sent Events
  const stream = createAttemptEventStream({
    hub: getLiveHub(ctx.sql),
    db: ctx.db,
    signal: request.signal,
    lastEventId: parseLastEventId(request.headers.get("last-event-id")),
  });
  return new Response(stream, { headers: EVENT_STREAM_HEADERS });
});
