// What the console hears as it happens: send attempts, and the overall OTP limit being
// reached. Events travel through PostgreSQL NOTIFY so that every app instance sharing the
// database (and PGlite's own listen in the embedded default) sees them.
import { z } from "zod";
import type { SqlDriver } from "@/lib/db/database";
import { sendAttemptSchema } from "@/lib/send-log/attempt";

const CHANNEL = "otp_live_events";

/** The overall hourly OTP ceiling was hit: an attack or a runaway client is spending credit. */
export const limitEventSchema = z.object({
  name: z.literal("otp_global_limit"),
  max: z.number(),
  resetsAt: z.string(),
});

export type LimitEvent = z.infer<typeof limitEventSchema>;

const liveEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("attempt"), attempt: sendAttemptSchema }),
  z.object({ type: z.literal("limit"), limit: limitEventSchema }),
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
