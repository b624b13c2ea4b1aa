import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { getSendAttempt } from "@/lib/send-log/query";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/send-log/{id} – one send attempt with everything stored for it
  GET: adminRoute<{ id: string }>("viewer", async (_request, ctx, _session, params) => Response.json(await getSendAttempt(ctx.db, params.id))),
});
