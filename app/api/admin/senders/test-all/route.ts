import { testAllLines } from "@/lib/delivery/test-send";
import { testSendSchema } from "@/lib/delivery/test-send-schema";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { readJson } from "@/lib/http/read-json";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/admin/senders/test-all – one test message from every enabled line, with each provider answer
  POST: adminRoute("admin", async (request, ctx, actor) => {
    const input = await readJson(request, testSendSchema);
    return Response.json({ results: await testAllLines(ctx, actor, input) });
  }),
});
