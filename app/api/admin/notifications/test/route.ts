import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { readJson } from "@/lib/http/read-json";
import { sendTestNotification } from "@/lib/notifications/dispatch";
import { notificationTestSchema } from "@/lib/notifications/settings-schema";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/admin/notifications/test – send a made-up incident to one channel now; answers how it went
  POST: adminRoute("admin", async (request, ctx, session) => {
    const { channel } = await readJson(request, notificationTestSchema);
    return Response.json({ delivery: await sendTestNotification(ctx, session, channel) });
  }),
});
