import { readJson } from "@/lib/http/read-json";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { testSendFromLine } from "@/lib/delivery/test-send";
import { parseSenderId } from "@/lib/senders/schemas-params";
import { testSendSchema } from "@/lib/delivery/test-send-schema";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/admin/senders/:id/test-send – send one message from this line; answers with the provider's reply, failure included
  POST: adminRoute<{ id: string }>("admin", async (request, ctx, session, params) => {
    const id = parseSenderId(params);
    const input = await readJson(request, testSendSchema);
    return Response.json(await testSendFromLine(ctx, session, id, input));
  }),
});
