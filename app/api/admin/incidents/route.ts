import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { listIncidents } from "@/lib/incidents/store";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/incidents – every open incident, then the latest resolved ones
  GET: adminRoute("viewer", async (_request, ctx) => Response.json({ incidents: await listIncidents(ctx.sql) })),
});
