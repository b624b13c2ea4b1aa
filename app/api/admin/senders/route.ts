import { readJson } from "@/lib/http/read-json";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";
import { addSenderLine, getSenderLinesOverview } from "@/lib/senders/admin";
import { senderCreateSchema } from "@/lib/senders/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/admin/senders – the sender lines and which one is active
  GET: adminRoute("viewer", async (_request, ctx) => Response.json(await getSenderLinesOverview(ctx.db))),

  // POST /api/admin/senders – add a sender line
  POST: adminRoute("admin", async (request, ctx, session) => {
    const input = await readJson(request, senderCreateSchema);
    return Response.json(await addSenderLine(ctx.db, session, input), { status: 201 });
  }),
});
