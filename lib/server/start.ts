// Server start-up (Node.js runtime only), before the first request: a bad environment or a
// start without the front door stops the process here; then the database is made ready
// (retried in the background while it is unreachable) and the background work starts.
import { env, EnvError, type Env } from "@/lib/env";
import { getServerContext, serverReadiness } from "./app-context";
import { startBackgroundJobs } from "./jobs";
import { markAppStarted } from "./lifecycle";

function environmentOrExit(): Env {
  try {
    return env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

export async function startServer(): Promise<void> {
  const config = environmentOrExit();
  if (config.NODE_ENV === "production" && !config.OTP_GATEWAY_FRONT_DOOR) {
    console.error("Start the app with `npm start` (server.ts): `next start` alone trusts a client's X-Forwarded-For and sends no security headers.");
    process.exit(1);
  }
  const readiness = serverReadiness();
  try {
    await readiness.ready();
  } catch {
    // Unreachable database: serve 503s and retry; anything else is fatal.
    markAppStarted();
    void readiness.retryUntilReady().then(startBackgroundWork, (error: unknown) => {
      console.error("[server] start-up failed", error);
      process.exit(1);
    });
    return;
  }
  await startBackgroundWork();
  markAppStarted();
}

async function startBackgroundWork(): Promise<void> {
  await startBackgroundJobs(await getServerContext());
}
