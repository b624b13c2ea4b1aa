import { adminRoute } from "@/lib/http/admin-route";
import { activateSenderLine } from "@/lib/senders/admin";
import { parseSenderId } from "@/lib/senders/schemas-params";

export const dynamic = "force-dynamic";

// POST /api/admin/senders/:id/activate – make this line the one OTPs are sent from, from the next request on
export const POST = adminRoute<{ id: string }>("admin", async (_request, ctx, session, params) => {
  const id = parseSenderId(params);
  return Response.json({ active: await activateSenderLine(ctx.db, session, id) });
});
