import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { readJson } from "@/lib/http/read-json";
import { listNotificationDeliveries } from "@/lib/notifications/dispatch";
import { changeNotificationSettings, getNotificationSettings, toNotificationSettingsView } from "@/lib/notifications/settings";
import { notificationSettingsPatchSchema } from "@/lib/notifications/settings-schema";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/notifications – the channels (secrets masked) and the latest messages with their outcome
  GET: adminRoute("viewer", async (_request, ctx) => {
    const [settings, deliveries] = await Promise.all([getNotificationSettings(ctx.db), listNotificationDeliveries(ctx.sql)]);
    return Response.json({ settings: toNotificationSettingsView(settings), deliveries });
  }),

  // PATCH /api/admin/notifications – change channels; a secret left out is kept (audited, secrets masked)
  PATCH: adminRoute("admin", async (request, ctx, session) => {
    const patch = await readJson(request, notificationSettingsPatchSchema);
    return Response.json({ settings: await changeNotificationSettings(ctx.db, session, patch) });
  }),
});
