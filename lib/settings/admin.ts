// Settings changed by an admin: applied, then written to the audit log with what changed.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/database";
import type { Settings, SettingsPatch } from "./schema";
import { updateSettings } from "./store";

export async function changeSettings(db: Db, actor: { email: string }, patch: SettingsPatch): Promise<Settings> {
  const { before, after } = await updateSettings(db, patch);
  const changed = (Object.keys(after) as (keyof Settings)[]).filter((key) => before[key] !== after[key]);
  if (changed.length > 0) {
    const pick = (settings: Settings) => Object.fromEntries(changed.map((key) => [key, settings[key]]));
    await recordAudit(db, { actorEmail: actor.email, action: "settings.update", target: "settings", before: pick(before), after: pick(after) });
  }
  return after;
}
