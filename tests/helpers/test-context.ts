// An AppContext on a fresh migrated database and a Kavenegar simulator over real HTTP.
import type { AppContext } from "@/lib/context";
import type { Incident } from "@/lib/incidents/incident";
import { IncidentObserver, type IncidentAnnouncement } from "@/lib/incidents/observer";
import { KavenegarClient } from "@/lib/kavenegar";
import { incidentAnnouncer } from "@/lib/server/announce";
import { SANDBOX_API_KEY, SANDBOX_DEMO_LINES, startKavenegarSimulator, type RunningSimulator } from "@/lib/kavenegar/simulator";
import { seedSenderLines } from "@/lib/senders/store";
import { createTestDatabase, type TestDatabase } from "./test-database";
import { SettingsCache } from "@/lib/settings/cache";

export interface TestContext {
  ctx: AppContext;
  /** Every incident change announced, in order. */
  announced: { change: IncidentAnnouncement; incident: Incident }[];
  database: TestDatabase;
  simulator: RunningSimulator;
  close(): Promise<void>;
}

export async function createTestContext(options: { activeSender?: string; timeoutMs?: number } = {}): Promise<TestContext> {
  const [database, simulator] = await Promise.all([createTestDatabase(), startKavenegarSimulator({ port: 0 })]);
  const kavenegar = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: simulator.url, timeoutMs: options.timeoutMs ?? 2_000 });
  await seedSenderLines(database.prisma, [...SANDBOX_DEMO_LINES], options.activeSender ?? "20005006666");
  const announced: TestContext["announced"] = [];
  const ctx: AppContext = {
    db: database.prisma,
    sql: database.sql,
    kavenegar,
    mode: "sandbox",
    otpSecret: "test-otp-secret-0123456789abcdef0123456789",
    settings: new SettingsCache(database.sql),
    incidents: new IncidentObserver(database.sql, async (change, incident) => {
      announced.push({ change, incident });
      // As in the app: every console hears it (no notification channel here).
      await incidentAnnouncer(database.sql, async () => {})(change, incident);
    }),
  };
  return {
    ctx,
    announced,
    database,
    simulator,
    async close() {
      await Promise.all([database.drop(), simulator.close()]);
    },
  };
}

/** The code the simulator delivered last to `phone` (+98… form). */
export function lastCodeSentTo(simulator: RunningSimulator, phone: string): string {
  const receptor = `0${phone.slice(3)}`;
  const message = simulator
    .outbox()
    .filter((m) => m.receptor === receptor || m.receptor === phone)
    .at(-1);
  const code = message?.tokens?.token ?? /\d{4,10}/.exec(message?.message ?? "")?.[0];
  if (!code) throw new Error(`no code was sent to ${phone}`);
  return code;
}
