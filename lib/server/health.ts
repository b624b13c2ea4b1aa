// Readiness: is the database answering, which provider mode, which line sends the next OTP.
import { isDatabaseUnavailable } from "@/lib/db/faults";
import { DomainError } from "@/lib/errors";
import { getActiveSender } from "@/lib/senders/store";
import { getServerContext } from "./app-context";

export async function checkHealth() {
  try {
    const ctx = await getServerContext();
    await ctx.db.$queryRaw`SELECT 1`;
    const activeSender = (await getActiveSender(ctx.db))?.number ?? null;
    return {
      status: "ok" as const,
      database: { reachable: true, kind: ctx.database.kind },
      provider: { mode: ctx.mode, base_url: ctx.mode === "live" ? ctx.env.KAVENEGAR_BASE_URL : "in-process simulator" },
      active_sender: activeSender,
    };
  } catch (error) {
    if (!(error instanceof DomainError && error.code === "database_unavailable") && !isDatabaseUnavailable(error)) throw error;
    return { status: "unavailable" as const, code: "database_unavailable", database: { reachable: false } };
  }
}
