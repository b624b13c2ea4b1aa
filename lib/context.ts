import type { Db, SqlDriver } from "@/lib/db/database";
import type { IncidentObserver } from "@/lib/incidents/observer";
import type { KavenegarClient } from "@/lib/kavenegar";
import type { SettingsCache } from "@/lib/settings/cache";

/** What the domain needs from the outside world; built once per process in lib/server/app-context.ts. */
export interface AppContext {
  db: Db;
  sql: SqlDriver;
  kavenegar: KavenegarClient;
  mode: "sandbox" | "live";
  otpSecret: string;
  /** The settings the OTP hot path reads, kept in the process and checked against the table by each statement. */
  settings: SettingsCache;
  /** Turns what happens into incidents, and announces them. */
  incidents: IncidentObserver;
}
