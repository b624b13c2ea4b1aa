// Settings live in the `settings` table, one row a key, read at use time so that
// a change takes effect on the next request without a restart.
import type { Db } from "@/lib/db/database";
import { ValidationError, reason } from "@/lib/errors";
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from "./schema";

const keys = Object.keys(defaultSettings) as (keyof Settings)[];

/** The settings whose values differ (the block list compares by content). */
export function changedKeys(before: Settings, after: Settings): (keyof Settings)[] {
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/** The stored values over the defaults; the table also holds other keys (the active line, notifications). */
export function settingsFrom(stored: Record<string, unknown>): Settings {
  const merged = { ...defaultSettings, ...Object.fromEntries(keys.filter((key) => key in stored).map((key) => [key, stored[key]])) };
  const parsed = settingsSchema.safeParse(merged);
  // A row written by an older version that no longer validates falls back to the defaults.
  return parsed.success ? parsed.data : defaultSettings;
}

/** Read now, from the table (the console); the hot paths use the process's copy (./cache.ts). */
export async function getSettings(db: Db): Promise<Settings> {
  const rows = await db.setting.findMany({ where: { key: { in: keys } } });
  return settingsFrom(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}

/** Applies a validated patch; returns the settings before and after. */
export async function updateSettings(db: Db, patch: SettingsPatch): Promise<{ before: Settings; after: Settings }> {
  const before = await getSettings(db);
  const candidate = settingsSchema.safeParse({ ...before, ...patch });
  if (!candidate.success) {
    const issue = candidate.error.issues[0];
    throw new ValidationError(reason("fieldInvalid", { field: issue?.path.join(".") ?? "", problem: issue?.message ?? "" }));
  }
  const after = candidate.data;
  const changed = changedKeys(before, after);
  await db.$transaction(
    changed.map((key) => db.setting.upsert({ where: { key }, create: { key, value: after[key] }, update: { value: after[key] } })),
  );
  return { before, after };
}

/** A new database's settings from the environment; a stored value (an admin's choice) is never replaced. */
export async function seedSettings(db: Db, values: Partial<Settings>): Promise<void> {
  const data = Object.entries(values).map(([key, value]) => ({ key, value: value as object }));
  if (data.length > 0) await db.setting.createMany({ data, skipDuplicates: true });
}
