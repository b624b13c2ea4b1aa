import type { ServerContext } from "./app-context";
import { getActiveSender } from "@/lib/senders/store";

export async function checkHealth(ctx: ServerContext) {
  let database: { reachable: boolean; kind: string; error?: string };
  let activeSender: string | null = null;
  try {
    await ctx.db.$queryRaw`SELECT 1`;
    activeSender = (await getActiveSender(ctx.db))?.number ?? null;
    database = { reachable: true, kind: ctx.database.kind };
  } catch {
    database = { reachable: false, kind: ctx.database.kind, error: "database query failed" };
  }
  return {
    status: database.reachable ? "ok" : "degraded",
    database,
    provider: { mode: ctx.mode, base_url: ctx.mode === "live" ? ctx.env.KAVENEGAR_BASE_URL : "in-process simulator" },
    active_sender: activeSender,
  };
}
