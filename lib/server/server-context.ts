import type { AppContext } from "@/lib/context";
import type { Database } from "@/lib/db/database";
import type { Env } from "@/lib/env";
import type { LiveHub } from "@/lib/events/live-hub";
import type { JobQueue } from "@/lib/jobs/queue";
import type { RunningSimulator } from "@/lib/kavenegar/simulator";

/** The process's AppContext with what the server itself holds (lib/server/app-context.ts builds it). */
export interface ServerContext extends AppContext {
  database: Database;
  env: Env;
  sandbox: RunningSimulator | null;
  /** One LISTEN connection per process, fanned out to every open live view. */
  hub: LiveHub;
  /** The PostgreSQL job queue: background work that runs once across instances (lib/server/jobs.ts). */
  jobs: JobQueue;
  /** The console's incidents page, as notifications link to it. */
  consoleUrl: string;
}
