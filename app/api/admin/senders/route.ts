import { readJson } from "@/lib/http/read-json";
import { adminRoute } from "@/lib/http/admin-route";
import { addSenderLine, getSenderLinesOverview } from "@/lib/senders/admin";
import { senderCreateSchema } from "@/lib/senders/schemas";

export const dynamic = "force-dynamic";

// GET /api/admin/senders – the sender lines and which one is active
export const GET = adminRoute("viewer", async (_request, ctx) => Response.json(await getSenderLinesOverview(ctx.db)));

// POST /api/admin/senders – add a sender line
export const POST = adminRoute("admin", async (request, ctx, session) => {
  const input = await readJson(request, senderCreateSchema);
  return Response.json(await addSenderLine(ctx.db, session, input), { status: 201 });
});
