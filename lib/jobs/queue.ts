// Work that must run once however many app instances there are, and survive one crashing:
// pg-boss, a maintained PostgreSQL job queue, in its own schema. It runs on the embedded
// PGlite too, because pg-boss takes any `executeSql` (graphile-worker needs a pg Pool with
// several connections, which PGlite cannot give; pg-boss 11+ needs Node 22).
import PgBoss from "pg-boss";
import type { SqlDriver } from "@/lib/db/database";

/** pg-boss installs and migrates its own tables here (not Prisma's: they are pg-boss's own). */
const JOBS_SCHEMA = "jobs";

export type JobName = "account-refresh" | "delivery-status" | "incident-checks" | "retention" | "notify";

export interface JobDefinition {
  name: JobName;
  /** Cron (UTC, minute granularity) for recurring work; one instance runs each tick. */
  cron?: string;
  /** 'stately': one queued and one running job per key, so a repeated send is a no-op. */
  policy?: "standard" | "stately";
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A job still running after this long counts as crashed and is retried elsewhere. */
  expireInSeconds: number;
  handle(data: unknown, attempt: { retryCount: number; retryLimit: number }): Promise<void>;
}

/** pg-boss's statements through our own connections (pool and timeouts, or PGlite). */
function executor(sql: SqlDriver): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      return { rows: values.length > 0 ? await sql.query(text, values) : await sql.exec(text) };
    },
  };
}

export interface JobQueueTiming {
  /** How often an instance looks for expired jobs (a crashed instance's) to retry them. */
  maintenanceIntervalSeconds: number;
  /** How often an idle worker asks for work. */
  pollingIntervalSeconds: number;
}

const PRODUCTION_TIMING: JobQueueTiming = { maintenanceIntervalSeconds: 60, pollingIntervalSeconds: 2 };

const DEADLOCK = "40P01";

// Instances starting together create the same queues at once, and pg-boss 10's create_queue
// can deadlock with itself there; PostgreSQL aborts one side, whose retry finds the queue made.
async function retryOnDeadlock(create: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await create();
      return;
    } catch (error) {
      const deadlock = typeof error === "object" && error !== null && "code" in error && error.code === DEADLOCK;
      if (!deadlock || attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt * Math.random()));
    }
  }
}

export class JobQueue {
  #boss: PgBoss | null = null;

  constructor(
    private readonly sql: SqlDriver,
    private readonly timing: JobQueueTiming = PRODUCTION_TIMING,
  ) {}

  get running(): boolean {
    return this.#boss !== null;
  }

  async start(jobs: readonly JobDefinition[]): Promise<void> {
    const boss = new PgBoss({
      db: executor(this.sql),
      schema: JOBS_SCHEMA,
      supervise: true,
      schedule: true,
      migrate: true,
      maintenanceIntervalSeconds: this.timing.maintenanceIntervalSeconds,
      archiveCompletedAfterSeconds: 3600,
      deleteAfterDays: 7,
    });
    boss.on("error", (error: unknown) => console.error("[jobs]", error));
    await boss.start();
    for (const job of jobs) {
      const options = {
        name: job.name,
        policy: job.policy ?? "standard",
        retryLimit: job.retryLimit ?? 0,
        retryDelay: job.retryDelaySeconds ?? 0,
        retryBackoff: (job.retryLimit ?? 0) > 0,
        expireInSeconds: job.expireInSeconds,
      };
      await retryOnDeadlock(() => boss.createQueue(job.name, options));
      if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
      let workerId: string | null = null;
      workerId = await boss.work<object>(
        job.name,
        { pollingIntervalSeconds: this.timing.pollingIntervalSeconds, includeMetadata: true },
        async ([entry]) => {
          try {
            if (entry) await job.handle(entry.data, { retryCount: entry.retryCount, retryLimit: entry.retryLimit });
          } finally {
            // A job was there: ask for the next at once. The polling interval is for an empty queue.
            if (workerId !== null) boss.notifyWorker(workerId);
          }
        },
      );
    }
    this.#boss = boss;
  }

  /** Queues a job; false when this process runs no queue (tests, scripts) or an equal one is already queued. */
  async send(name: JobName, data: object, options: { singletonKey?: string } = {}): Promise<boolean> {
    if (!this.#boss) return false;
    return (await this.#boss.send(name, data, options)) !== null;
  }

  async stop(): Promise<void> {
    const boss = this.#boss;
    this.#boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 5_000 });
  }
}
