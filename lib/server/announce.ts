// Where an incident's change goes: to every console (the live stream, through NOTIFY, so every
// instance hears it) and, when it opens, resolves or is still open, to the admins' channels.
import type { SqlDriver } from "@/lib/db/database";
import { publishLiveEvent } from "@/lib/events/live-events";
import type { Incident } from "@/lib/incidents/incident";
import type { Announce, IncidentAnnouncement } from "@/lib/incidents/observer";

export type NotifyIncident = (event: "opened" | "resolved" | "reminder", incident: Incident) => Promise<void>;

export function incidentAnnouncer(sql: Pick<SqlDriver, "query">, notify: NotifyIncident): Announce {
  return async (change: IncidentAnnouncement, incident: Incident) => {
    if (change !== "reminder") {
      await publishLiveEvent(sql, { type: "incident", change, incident }).catch((error: unknown) =>
        console.error("[incidents] live event lost", error),
      );
    }
    if (change === "opened" || change === "resolved" || change === "reminder") {
      await notify(change, incident).catch((error: unknown) => console.error("[incidents] notification not queued", error));
    }
  };
}
