import { routeMethods } from "@/lib/http/methods";
import { publicRoute } from "@/lib/http/route";
import { createProofOfWorkChallenge } from "@/lib/otp/proof-of-work";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // GET /api/v1/usr/otp/challenge – a proof-of-work challenge (ALTCHA) to solve before requesting a code
  GET: publicRoute(async (_request, ctx) => Response.json(await createProofOfWorkChallenge(ctx), { headers: { "Cache-Control": "no-store" } })),
});
