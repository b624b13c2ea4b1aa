import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { activateSenderLine } from "@/lib/senders/admin";
import { parseSenderId } from "@/lib/senders/schemas-params";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/admin/senders/:id/activate – make this line the one OTPs are sent from, from the next request on
  POST: adminRoute<{ id: string }>("admin", async (_request, ctx, session, params) => {
    const id = parseSenderId(params);
    return Response.json({ active: await activateSenderLine(ctx.db, session, id) });
  }),
});
