// The composition root: builds the process's AppContext once, from the parsed environment,
// with everything long-lived in it (database, Kavenegar client, simulator, live hub).
import "server-only";
import { openDatabase, databaseConfigOf } from "@/lib/db/database";
import { env, type Env } from "@/lib/env";
import { LiveHub } from "@/lib/events/live-hub";
import { IncidentObserver } from "@/lib/incidents/observer";
import { JobQueue } from "@/lib/jobs/queue";
import { KavenegarClient } from "@/lib/kavenegar";
import { SANDBOX_API_KEY, startKavenegarSimulator } from "@/lib/kavenegar/simulator";
import { queueIncidentNotices } from "@/lib/notifications/dispatch";
import { resolveSecrets } from "@/lib/secrets";
import { SettingsCache } from "@/lib/settings/cache";
import { incidentAnnouncer } from "./announce";
import { bootstrapDatabase, createReadiness, type Readiness } from "./bootstrap";
import { onShutdown } from "./lifecycle";
import type { ServerContext } from "./server-context";

export type { ServerContext };

interface ProcessApp {
  context: Promise<ServerContext>;
  readiness: Readiness;
}

// Next.js loads instrumentation and each route in bundles of their own, each with its own
// copy of this module: the one app of the process is kept in one named global slot.
const SLOT = Symbol.for("otp-gateway.app");
const processSlot = globalThis as unknown as { [SLOT]?: ProcessApp };

function processApp(): ProcessApp {
  if (!processSlot[SLOT]) {
    const config = env();
    const context = buildServerContext(config);
    // A failed build (a bad PGlite folder, a port) is retried by the next caller.
    context.catch(() => {
      if (processSlot[SLOT]?.context === context) processSlot[SLOT] = undefined;
    });
    processSlot[SLOT] = { context, readiness: createReadiness(async () => bootstrapDatabase(await context), config.DATABASE_RETRY_INTERVAL_MS) };
  }
  return processSlot[SLOT];
}

/** The context, once the database is ready; a database still unreachable answers 503 (DatabaseUnavailableError). */
export async function getServerContext(): Promise<ServerContext> {
  const app = processApp();
  const ctx = await app.context;
  await app.readiness.ready();
  return ctx;
}

/** For start-up: the same readiness, retried in the background until the database answers. */
export function serverReadiness(): Readiness {
  return processApp().readiness;
}

async function buildServerContext(config: Env): Promise<ServerContext> {
  const secrets = resolveSecrets(config);
  const database = await openDatabase(databaseConfigOf(config));
  const sandbox = config.mode === "sandbox" ? await startKavenegarSimulator({ port: 0 }) : null;
  const kavenegar = new KavenegarClient({
    apiKey: config.KAVENEGAR_API_KEY ?? SANDBOX_API_KEY,
    baseUrl: sandbox?.url ?? config.KAVENEGAR_BASE_URL,
    timeoutMs: config.KAVENEGAR_TIMEOUT_MS,
  });
  const hub = new LiveHub(database.sql);
  const jobs = new JobQueue(database.sql);
  const consoleUrl = `${config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`}/admin/incidents`;
  const notices = { db: database.prisma, sql: database.sql, jobs, consoleUrl };
  const incidents = new IncidentObserver(
    database.sql,
    incidentAnnouncer(database.sql, async (event, incident) => {
      await queueIncidentNotices(notices, event, incident);
    }),
  );
  // What the other instances open and resolve keeps this one's view of the open incidents current.
  hub.listen((event) => {
    if (event.type === "incident") incidents.heard(event.change, event.incident);
  });
  onShutdown(async () => {
    await jobs.stop();
    await hub.close();
    await sandbox?.close();
    await database.close();
  });
  return {
    database,
    db: database.prisma,
    sql: database.sql,
    kavenegar,
    mode: config.mode,
    otpSecret: secrets.otpSecret,
    settings: new SettingsCache(database.sql),
    env: config,
    sandbox,
    hub,
    jobs,
    incidents,
    consoleUrl,
  };
}
