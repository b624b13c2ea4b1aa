import { readJson } from "@/lib/http/read-json";
import { adminRoute } from "@/lib/http/admin-route";
import { editSenderLine, removeSenderLine } from "@/lib/senders/admin";
import { parseSenderId } from "@/lib/senders/schemas-params";
import { senderUpdateSchema } from "@/lib/senders/schemas";

export const dynamic = "force-dynamic";

// PATCH /api/admin/senders/:id – change a line's label, priority or status
export const PATCH = adminRoute<{ id: string }>("admin", async (request, ctx, session, params) => {
  const id = parseSenderId(params);
  const input = await readJson(request, senderUpdateSchema);
  return Response.json(await editSenderLine(ctx.db, session, id, input));
});

// DELETE /api/admin/senders/:id – delete a line (409 for the active line)
export const DELETE = adminRoute<{ id: string }>("admin", async (_request, ctx, session, params) => {
  const id = parseSenderId(params);
  return Response.json({ deleted: await removeSenderLine(ctx.db, session, id) });
});
