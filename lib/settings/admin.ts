// Settings changed by an admin: applied, then written to the audit log with what changed.
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/database";
import type { Settings, SettingsPatch } from "./schema";
import { changedKeys, updateSettings } from "./store";

export async function changeSettings(db: Db, actor: Actor, patch: SettingsPatch): Promise<Settings> {
  const { before, after } = await updateSettings(db, patch);
  const changed = changedKeys(before, after);
  if (changed.length > 0) {
    const pick = (settings: Settings) => Object.fromEntries(changed.map((key) => [key, settings[key]]));
    await recordAudit(db, { actor, action: "settings.update", target: "settings", before: pick(before), after: pick(after) });
  }
  return after;
}
