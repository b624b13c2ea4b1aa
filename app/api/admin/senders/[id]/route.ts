import { readJson } from "@/lib/http/read-json";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { editSenderLine, removeSenderLine } from "@/lib/senders/admin";
import { parseSenderId } from "@/lib/senders/schemas-params";
import { senderUpdateSchema } from "@/lib/senders/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // PATCH /api/admin/senders/:id – change a line's label, priority or status
  PATCH: adminRoute<{ id: string }>("admin", async (request, ctx, session, params) => {
    const id = parseSenderId(params);
    const input = await readJson(request, senderUpdateSchema);
    return Response.json(await editSenderLine(ctx.db, session, id, input));
  }),

  // DELETE /api/admin/senders/:id – delete a line (409 for the active line)
  DELETE: adminRoute<{ id: string }>("admin", async (_request, ctx, session, params) => {
    const id = parseSenderId(params);
    return Response.json({ deleted: await removeSenderLine(ctx.db, session, id) });
  }),
});
