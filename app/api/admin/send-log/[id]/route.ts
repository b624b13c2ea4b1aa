import { adminRoute } from "@/lib/http/admin-route";
import { getSendAttempt } from "@/lib/send-log/query";

// GET /api/admin/send-log/{id} – one send attempt with everything stored for it
export const GET = adminRoute<{ id: string }>("viewer", async (_request, ctx, _session, params) =>
  Response.json(await getSendAttempt(ctx.db, params.id)),
);
