// The settings as the OTP hot path reads them: a copy in the process, so that a request pays
// no round trip for them. The copy carries the table's version; the statements of the hot
// path (lib/otp/service.ts) compare it with the table's and do nothing when they differ,
// so a change made on any instance applies to the very next request on every instance: the
// request that finds its copy stale drops it and runs again on a fresh one.
import type { SqlDriver } from "@/lib/db/database";
import type { Settings } from "./schema";
import { settingsFrom } from "./store";

/** A digest of the whole table, cheap at its size (a few dozen rows); for use inside a larger statement. */
export const SETTINGS_VERSION_SQL = "(SELECT md5(coalesce(string_agg(key || '=' || value::text, ',' ORDER BY key), '')) FROM settings)";

export interface VersionedSettings {
  settings: Settings;
  version: string;
}

export class SettingsCache {
  #copy: Promise<VersionedSettings> | null = null;

  constructor(private readonly sql: Pick<SqlDriver, "query">) {}

  current(): Promise<VersionedSettings> {
    if (!this.#copy) {
      const copy = this.read();
      // A failed read (the database away) is not kept: the next request tries again.
      copy.catch(() => {
        if (this.#copy === copy) this.#copy = null;
      });
      this.#copy = copy;
    }
    return this.#copy;
  }

  invalidate(): void {
    this.#copy = null;
  }

  private async read(): Promise<VersionedSettings> {
    const [row] = await this.sql.query<{ stored: Record<string, unknown> | null; version: string }>(
      `SELECT (SELECT json_object_agg(key, value) FROM settings) AS stored, ${SETTINGS_VERSION_SQL} AS version`,
    );
    return { settings: settingsFrom(row?.stored ?? {}), version: row?.version ?? "" };
  }
}
