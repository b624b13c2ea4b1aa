import { publicRoute } from "@/lib/http/route";
import { readJson } from "@/lib/http/read-json";
import { otpRequestSchema } from "@/lib/otp/schemas";
import { requestOtp } from "@/lib/otp/service";

// POST /api/v1/usr/otp – send a login code by SMS
export const POST = publicRoute(async (request, ctx) => {
  const input = await readJson(request, otpRequestSchema);
  return Response.json(await requestOtp(ctx, input));
});
