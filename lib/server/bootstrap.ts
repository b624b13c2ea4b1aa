// What a start does to the database before the first request: migrate the embedded one,
// seed a new database from the environment, and make sure that only the users meant for
// this mode can sign in. Until it has succeeded, requests answer 503; it is retried.
import "server-only";
import { SANDBOX_ADMINS, SANDBOX_USER_DOMAIN } from "@/lib/auth/sandbox-users";
import { ensureAdminUser } from "@/lib/auth/users";
import { migrate } from "@/lib/db/migrator";
import { isDatabaseUnavailable } from "@/lib/db/faults";
import { DatabaseUnavailableError } from "@/lib/errors";
import { maskApiKey } from "@/lib/kavenegar";
import { SANDBOX_DEFAULT_SENDER, SANDBOX_DEMO_LINES } from "@/lib/kavenegar/simulator";
import { seedNotificationSettings } from "@/lib/notifications/settings";
import { seedSenderLines } from "@/lib/senders/store";
import { seedSettings } from "@/lib/settings/store";
import type { ServerContext } from "./server-context";

export async function bootstrapDatabase(ctx: ServerContext): Promise<void> {
  const { env: config, db } = ctx;
  if (ctx.database.kind === "pglite") {
    const { applied } = await migrate(ctx.sql);
    if (applied.length > 0) console.info(`[db] embedded PostgreSQL migrated: ${applied.join(", ")}`);
  }

  const live = config.mode === "live";
  const activeNumber = config.KAVENEGAR_SENDER ?? (live ? undefined : SANDBOX_DEFAULT_SENDER);
  const seeded = await seedSenderLines(db, [...(live ? [] : SANDBOX_DEMO_LINES), ...(activeNumber ? [activeNumber] : [])], activeNumber);
  if (seeded && activeNumber) console.info(`[senders] first start: active sender line ${activeNumber}`);
  await seedSettings(db, { globalHourlyLimit: config.OTP_GLOBAL_LIMIT_PER_HOUR });
  if (await seedNotificationSettings(db, config))
    console.info("[notifications] channels seeded from the environment; Settings → Notifications owns them from now on");
  await ctx.incidents.reload();

  // The sandbox's published demo users: on the embedded database of a sandbox, and nowhere else.
  if (config.mode === "sandbox" && ctx.database.kind === "pglite") {
    for (const user of SANDBOX_ADMINS) await ensureAdminUser(db, user);
    console.info(`[auth] sandbox users: ${SANDBOX_ADMINS.map((user) => `${user.email} (${user.role})`).join(", ")}`);
  } else {
    const removed = await db.adminUser.deleteMany({ where: { email: { endsWith: SANDBOX_USER_DOMAIN } } });
    if (removed.count > 0)
      console.warn(`[auth] removed ${removed.count} sandbox user(s) (${SANDBOX_USER_DOMAIN}): they never sign in outside a sandbox`);
  }
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
    const created = await ensureAdminUser(db, { email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD, role: "admin" });
    if (created) console.info(`[auth] admin created: ${config.ADMIN_EMAIL}`);
  }

  console.info(
    live
      ? `[kavenegar] live mode: ${config.KAVENEGAR_BASE_URL} with key ${maskApiKey(config.KAVENEGAR_API_KEY ?? "")}`
      : `[kavenegar] SANDBOX mode: no SMS leaves this machine; simulator at ${ctx.sandbox?.url}, outbox at /api/sandbox/outbox`,
  );
}

export interface Readiness {
  /** Resolves once the work has succeeded; rejects with DatabaseUnavailableError while the database is away. */
  ready(): Promise<void>;
  /** Keeps trying in the background until it succeeds (start-up); gives up on errors that are not outages. */
  retryUntilReady(): Promise<void>;
}

/** After a failure, callers are answered 503 at once for `retryMs` rather than each waiting on the database. */
export function createReadiness(work: () => Promise<void>, retryMs: number): Readiness {
  let done = false;
  let running: Promise<void> | null = null;
  let failedAt = Number.NEGATIVE_INFINITY;
  let lastError: unknown = null;

  const asAnswer = (error: unknown): Error => {
    if (isDatabaseUnavailable(error)) return new DatabaseUnavailableError(Math.ceil(retryMs / 1000));
    return error instanceof Error ? error : new Error(String(error));
  };

  function ready(): Promise<void> {
    if (done) return Promise.resolve();
    if (running) return running;
    if (Date.now() - failedAt < retryMs) return Promise.reject(asAnswer(lastError));
    running = work().then(
      () => {
        done = true;
        running = null;
      },
      (error: unknown) => {
        failedAt = Date.now();
        lastError = error;
        running = null;
        throw asAnswer(error);
      },
    );
    return running;
  }

  async function retryUntilReady(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await ready();
        if (attempt > 1) console.info("[db] the database answers again: ready");
        return;
      } catch (error) {
        if (!isDatabaseUnavailable(lastError)) throw lastError ?? error;
        if (attempt === 1) console.error(`[db] the database is unreachable; requests answer 503 and start-up is retried every ${retryMs / 1000} s`);
        await new Promise((resolve) => setTimeout(resolve, retryMs + 10));
      }
    }
  }

  return { ready, retryUntilReady };
}
