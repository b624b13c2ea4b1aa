import { NotFoundError } from "@/lib/errors";
import { publicRoute } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/sandbox/outbox – the simulated SMS outbox, codes included (sandbox mode only)
export const GET = publicRoute(async (_request, ctx) => {
  if (!ctx.sandbox) throw new NotFoundError("The sandbox outbox (the app runs in live mode)");
  return Response.json({ mode: "sandbox", messages: ctx.sandbox.outbox() });
});
