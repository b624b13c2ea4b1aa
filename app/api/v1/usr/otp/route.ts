import { clientAddressOf } from "@/lib/client-address";
import { routeMethods } from "@/lib/http/methods";
import { publicRoute } from "@/lib/http/route";
import { readJson } from "@/lib/http/read-json";
import { otpRequestSchema } from "@/lib/otp/schemas";
import { requestOtp } from "@/lib/otp/service";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/v1/usr/otp – send a login code by SMS
  POST: publicRoute(async (request, ctx) => {
    const input = await readJson(request, otpRequestSchema);
    return Response.json(await requestOtp(ctx, input, { clientAddress: clientAddressOf(request.headers) }));
  }),
});
