import { routeMethods } from "@/lib/http/methods";
import { publicRoute } from "@/lib/http/route";
import { readJson } from "@/lib/http/read-json";
import { otpVerifySchema } from "@/lib/otp/schemas";
import { verifyOtp } from "@/lib/otp/service";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/v1/usr/otp/verify – check a login code
  POST: publicRoute(async (request, ctx) => {
    const input = await readJson(request, otpVerifySchema);
    return Response.json(await verifyOtp(ctx, input));
  }),
});
