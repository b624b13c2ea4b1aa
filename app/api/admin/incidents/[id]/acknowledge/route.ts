import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { acknowledgeIncidentAs } from "@/lib/incidents/admin";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/admin/incidents/:id/acknowledge – an admin has seen it (audited); it stays open until its cause is gone
  POST: adminRoute<{ id: string }>("admin", async (_request, ctx, actor, params) =>
    Response.json({ incident: await acknowledgeIncidentAs(ctx, actor, params.id) }),
  ),
});
