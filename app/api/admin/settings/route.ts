import { readJson } from "@/lib/http/read-json";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { changeSettings } from "@/lib/settings/admin";
import { settingsPatchSchema } from "@/lib/settings/schema";
import { getSettings } from "@/lib/settings/store";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/settings – the OTP and delivery settings in force
  GET: adminRoute("viewer", async (_request, ctx) => Response.json(await getSettings(ctx.db))),

  // PATCH /api/admin/settings – change some settings; the next OTP request uses them
  PATCH: adminRoute("admin", async (request, ctx, session) => {
    const patch = await readJson(request, settingsPatchSchema);
    return Response.json(await changeSettings(ctx.db, session, patch));
  }),
});
