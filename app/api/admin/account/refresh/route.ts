import { refreshAndObserveAccount } from "@/lib/account/incidents";
import { adminRoute } from "@/lib/http/admin-route";
import { routeMethods } from "@/lib/http/methods";

export const { GET, POST, PUT, PATCH, DELETE } = routeMethods({
  // POST /api/admin/account/refresh – ask Kavenegar for the account's status now and store it
  // Admins only, like every write: viewers see the scheduled refreshes.
  POST: adminRoute("admin", async (_request, ctx) => {
    const snapshot = await refreshAndObserveAccount(ctx);
    return Response.json({ snapshot }, { status: 201 });
  }),
});
