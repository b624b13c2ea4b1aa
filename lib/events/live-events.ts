// What the console hears as it happens: send attempts, and incidents opening, changing and
// resolving. Events travel through PostgreSQL NOTIFY so that every app instance sharing the
// database (and PGlite's own listen in the embedded default) sees them.
import { z } from "zod";
import type { SqlDriver } from "@/lib/db/database";
import { incidentChanges, incidentSchema } from "@/lib/incidents/incident";
import { sendAttemptSchema } from "@/lib/send-log/attempt";

const CHANNEL = "otp_live_events";

export const incidentEventSchema = z.object({ change: z.enum(incidentChanges), incident: incidentSchema });
export type IncidentEvent = z.infer<typeof incidentEventSchema>;

const liveEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("attempt"), attempt: sendAttemptSchema }),
  incidentEventSchema.extend({ type: z.literal("incident") }),
]);

export type LiveEvent = z.infer<typeof liveEventSchema>;

export async function publishLiveEvent(sql: Pick<SqlDriver, "query">, event: LiveEvent): Promise<void> {
  await sql.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify(event)]);
}

export function subscribeLiveEvents(sql: SqlDriver, onEvent: (event: LiveEvent) => void): Promise<() => Promise<void>> {
  return sql.listen(CHANNEL, (payload) => {
    const parsed = liveEventSchema.safeParse(JSON.parse(payload));
    if (parsed.success) onEvent(parsed.data);
  });
}
