// The job queue the background work runs on: every job runs once however many instances
// poll it, a failing job is retried, a hung instance's job is taken over, and it all works on
// the embedded PGlite as on a PostgreSQL server.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/database";
import { JobQueue, type JobDefinition } from "@/lib/jobs/queue";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const FAST = { maintenanceIntervalSeconds: 1, pollingIntervalSeconds: 0.5 };
const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const resource of opened.reverse()) await resource.close();
});

function queueOn(database: Pick<Database, "sql">): JobQueue {
  const queue = new JobQueue(database.sql, FAST);
  opened.push({ close: () => queue.stop() });
  return queue;
}

function notifyJob(handle: JobDefinition["handle"], overrides: Partial<JobDefinition> = {}): JobDefinition {
  return { name: "notify", expireInSeconds: 30, handle, ...overrides };
}

interface Run {
  instance: string;
  id: number;
  retryCount: number;
}

const idOf = (data: unknown) => (data as { id: number }).id;

describe.runIf(process.env.TEST_DATABASE_URL)("on PostgreSQL, with two instances", () => {
  let database: TestDatabase;
  let second: Database;

  async function twoInstances(handle: (instance: string) => JobDefinition["handle"], overrides: Partial<JobDefinition> = {}) {
    database = await createTestDatabase();
    opened.push({ close: () => database.drop() });
    second = await openDatabase({ url: database.url ?? "" });
    opened.push({ close: () => second.close() });
    const [a, b] = [queueOn(database), queueOn(second)];
    await a.start([notifyJob(handle("a"), overrides)]);
    await b.start([notifyJob(handle("b"), overrides)]);
    return [a, b] as const;
  }

  it("runs each of 40 jobs exactly once", async () => {
    const runs: Run[] = [];
    const [a] = await twoInstances((instance) => async (data, attempt) => {
      runs.push({ instance, id: idOf(data), retryCount: attempt.retryCount });
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    for (let id = 0; id < 40; id++) expect(await a.send("notify", { id })).toBe(true);
    await expect.poll(() => runs.length, { timeout: 20_000 }).toBe(40);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs).toHaveLength(40);
    expect(new Set(runs.map((run) => run.id)).size).toBe(40);
  });

  it("starts on a new database together with three more instances", async () => {
    database = await createTestDatabase();
    opened.push({ close: () => database.drop() });
    const names = ["account-refresh", "delivery-status", "incident-checks", "retention", "notify"] as const;
    const definitions = names.map((name): JobDefinition => ({ name, expireInSeconds: 60, handle: async () => {} }));
    const instances = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url: database.url ?? "" })));
    opened.push(...instances);
    await Promise.all(instances.map((instance) => queueOn(instance).start(definitions)));
    const queues = await database.sql.query<{ name: string }>("SELECT name FROM jobs.queue WHERE name NOT LIKE '\_\_pgboss%' ORDER BY name");
    expect(queues.map((queue) => queue.name)).toEqual([...names].sort());
  });

  it("retries the job of an instance that crashed in the middle of it", async () => {
    database = await createTestDatabase();
    opened.push({ close: () => database.drop() });
    const crashing = spawn(process.execPath, ["--import", "tsx", "tests/jobs/fixtures/hung-worker.ts", database.url ?? ""], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    opened.push({ close: async () => void crashing.kill("SIGKILL") });
    let output = "";
    crashing.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await expect.poll(() => output, { timeout: 30_000 }).toContain("ready");

    // A producer that runs no worker of its own: only the crashing instance can take the job.
    const producer = queueOn(database);
    await producer.start([]);
    expect(await producer.send("notify", { id: 7 })).toBe(true);
    await expect.poll(() => output, { timeout: 20_000 }).toContain('took {"id":7}');
    crashing.kill("SIGKILL");

    const runs: Run[] = [];
    await queueOn(database).start([
      notifyJob(async (data, attempt) => void runs.push({ instance: "survivor", id: idOf(data), retryCount: attempt.retryCount }), {
        expireInSeconds: 1,
        retryLimit: 2,
        retryDelaySeconds: 1,
      }),
    ]);
    await expect.poll(() => runs, { timeout: 30_000 }).toEqual([{ instance: "survivor", id: 7, retryCount: 1 }]);
  });
});

describe("on the embedded PGlite", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ pgliteInMemory: true });
    opened.push(database);
  });

  it("runs each job once and retries a failing one with backoff until it succeeds", async () => {
    const queue = queueOn(database);
    // Not started (scripts, tests that run none): it says so instead of queueing.
    expect(await queue.send("notify", { id: 0 })).toBe(false);
    const runs: Run[] = [];
    await queue.start([
      notifyJob(
        async (data, attempt) => {
          runs.push({ instance: "pglite", id: idOf(data), retryCount: attempt.retryCount });
          if (idOf(data) === 99 && attempt.retryCount < 2) throw new Error("receiver down");
        },
        { retryLimit: 3, retryDelaySeconds: 1 },
      ),
    ]);
    for (const id of [1, 2, 3, 99]) await queue.send("notify", { id });
    await expect.poll(() => runs.filter((run) => run.id === 99).length, { timeout: 30_000 }).toBe(3);
    expect(runs.filter((run) => run.id !== 99).map((run) => run.id)).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(runs.filter((run) => run.id !== 99)).toHaveLength(3);
    expect(runs.filter((run) => run.id === 99).map((run) => run.retryCount)).toEqual([0, 1, 2]);
  });

  it("keeps one schedule per recurring job, however many instances start", async () => {
    const definition: JobDefinition = { name: "incident-checks", cron: "* * * * *", expireInSeconds: 60, handle: async () => {} };
    await queueOn(database).start([definition]);
    await queueOn(database).start([definition]);
    const rows = await database.sql.query<{ name: string; cron: string }>("SELECT name, cron FROM jobs.schedule");
    expect(rows).toEqual([{ name: "incident-checks", cron: "* * * * *" }]);
  });
});
