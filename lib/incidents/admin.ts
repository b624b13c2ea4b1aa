// What an admin does with incidents: acknowledge one (audited).
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/database";
import { NotFoundError } from "@/lib/errors";
import type { Incident } from "./incident";
import type { IncidentObserver } from "./observer";

export async function acknowledgeIncidentAs(ctx: { db: Db; incidents: IncidentObserver }, actor: Actor, id: string): Promise<Incident> {
  if (!/^\d{1,19}$/.test(id)) throw new NotFoundError("incidentNotFound");
  const incident = await ctx.incidents.acknowledge(id, actor.email);
  if (!incident) throw new NotFoundError("incidentNotFound");
  await recordAudit(ctx.db, {
    actor,
    action: "incident.acknowledge",
    target: `incident:${incident.id}`,
    before: null,
    after: { kind: incident.kind, cause: incident.cause },
  });
  return incident;
}
