import { findSessionUser } from "@/lib/auth/sessions";
import { sessionIdFromRequest } from "@/lib/auth/session";
import { createAttemptEventStream, EVENT_STREAM_HEADERS, parseLastEventId } from "@/lib/events/event-stream";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/events – send attempts and incident changes as they happen, as Server-Sent Events
  GET: adminRoute("viewer", async (request, ctx) => {
    const sessionId = await sessionIdFromRequest(request);
    const stream = createAttemptEventStream({
      hub: ctx.hub,
      db: ctx.db,
      signal: request.signal,
      lastEventId: parseLastEventId(request.headers.get("last-event-id")),
      sessionHolds: async () => sessionId !== null && (await findSessionUser(ctx.db, sessionId)) !== null,
    });
    return new Response(stream, { headers: EVENT_STREAM_HEADERS });
  }),
});
