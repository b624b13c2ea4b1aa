// The composition root: builds the process-wide AppContext once, from the parsed environment.
import "server-only";
import { openDatabase, type Database } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrator";
import { env, type Env } from "@/lib/env";
import type { AppContext } from "@/lib/context";
import { KavenegarClient, maskApiKey } from "@/lib/kavenegar";
import { SANDBOX_API_KEY, SANDBOX_DEMO_LINES, SANDBOX_DEFAULT_SENDER, startKavenegarSimulator, type RunningSimulator } from "@/lib/kavenegar/simulator";
import { seedSenderLines } from "@/lib/senders/store";
import { seedFirstAdmin } from "@/lib/auth/users";

/** Used only in sandbox mode, where no real secret exists to protect. */
const SANDBOX_OTP_SECRET = "sandbox-otp-secret-not-for-production-use";

export interface ServerContext extends AppContext {
  database: Database;
  env: Env;
  sandbox: RunningSimulator | null;
}

const globalForApp = globalThis as unknown as { otpGatewayContext?: Promise<ServerContext> };

/** One context per process, shared by every route and page (Next bundles them separately). */
export function getServerContext(): Promise<ServerContext> {
  globalForApp.otpGatewayContext ??= buildServerContext(env()).catch((error: unknown) => {
    globalForApp.otpGatewayContext = undefined;
    throw error;
  });
  return globalForApp.otpGatewayContext;
}

async function buildServerContext(config: Env): Promise<ServerContext> {
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: config.PGLITE_DATA_DIR });
  if (database.kind === "pglite") {
    const { applied } = await migrate(database.sql);
    if (applied.length > 0) console.info(`[db] embedded PostgreSQL migrated: ${applied.join(", ")}`);
  }

  const live = config.KAVENEGAR_API_KEY !== undefined;
  const sandbox = live ? null : await startKavenegarSimulator({ port: 0 });
  const kavenegar = new KavenegarClient({
    apiKey: config.KAVENEGAR_API_KEY ?? SANDBOX_API_KEY,
    baseUrl: sandbox?.url ?? config.KAVENEGAR_BASE_URL,
    timeoutMs: config.KAVENEGAR_TIMEOUT_MS,
  });

  const activeNumber = config.KAVENEGAR_SENDER ?? (live ? undefined : SANDBOX_DEFAULT_SENDER);
  const seeded = await seedSenderLines(
    database.prisma,
    [...(live ? [] : SANDBOX_DEMO_LINES), ...(activeNumber ? [activeNumber] : [])],
    activeNumber,
  );
  if (seeded && activeNumber) console.info(`[senders] first start: active sender line ${activeNumber}`);
  await seedFirstAdmin(database.prisma, config, live);

  console.info(
    live
      ? `[kavenegar] live mode: ${config.KAVENEGAR_BASE_URL} with key ${maskApiKey(config.KAVENEGAR_API_KEY ?? "")}`
      : `[kavenegar] SANDBOX mode: no SMS leaves this machine; simulator at ${sandbox?.url}, outbox at /api/sandbox/outbox`,
  );

  return {
    database,
    db: database.prisma,
    sql: database.sql,
    kavenegar,
    mode: live ? "live" : "sandbox",
    otpSecret: config.OTP_SECRET ?? SANDBOX_OTP_SECRET,
    env: config,
    sandbox,
  };
}
