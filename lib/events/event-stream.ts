// Send attempts as a Server-Sent Events body: one `attempt` event per attempt, with the
// attempt id as the event id so that a reconnecting EventSource is caught up.
import "server-only";
import type { Db } from "@/lib/db/database";
import { getLatestSendAttemptId, listSendAttemptEventsAfter } from "./attempt-feed";
import type { LiveHub } from "./live-hub";
import type { SendAttempt } from "@/lib/send-log/attempt";
import type { LiveEvent } from "./live-events";

const HEARTBEAT_MS = 15_000;
/** How often an open stream asks whether its session still holds (sign-out, removal, demotion). */
const SESSION_RECHECK_MS = 60_000;
const RETRY_MS = 2_000;
/** The browser reconnects (with Last-Event-ID, so nothing is lost), which re-checks the session. */
const MAX_STREAM_MS = 10 * 60_000;

export const EVENT_STREAM_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform also keeps `next start`'s gzip from buffering the stream.
  "Cache-Control": "no-store, no-transform",
  "X-Accel-Buffering": "no",
} as const;

function formatAttemptEvent(event: SendAttempt): string {
  return `id: ${event.id}\nevent: attempt\ndata: ${JSON.stringify(event)}\n\n`;
}

function formatLiveEvent(event: LiveEvent): string {
  if (event.type === "attempt") return formatAttemptEvent(event.attempt);
  return `event: incident\ndata: ${JSON.stringify({ change: event.change, incident: event.incident })}\n\n`;
}

/** The numeric Last-Event-ID a reconnecting EventSource sends, or null. */
export function parseLastEventId(header: string | null): bigint | null {
  return header && /^\d{1,19}$/.test(header.trim()) ? BigInt(header.trim()) : null;
}

export function createAttemptEventStream(input: {
  hub: LiveHub;
  db: Db;
  signal: AbortSignal;
  lastEventId: bigint | null;
  /** False once the session behind the stream has ended: the stream closes. */
  sessionHolds: () => Promise<boolean>;
  maxAgeMs?: number;
  recheckMs?: number;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const removeListener = input.hub.listen((event) => send(formatLiveEvent(event)));
      const heartbeat = setInterval(() => send(`: heartbeat\n\n`), HEARTBEAT_MS);
      const expiry = setTimeout(() => stop(), input.maxAgeMs ?? MAX_STREAM_MS);
      const recheck = setInterval(() => {
        void input
          .sessionHolds()
          .catch(() => false)
          .then((holds) => {
            if (!holds) stop();
          });
      }, input.recheckMs ?? SESSION_RECHECK_MS);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearInterval(recheck);
        clearTimeout(expiry);
        removeListener();
        input.signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      input.signal.addEventListener("abort", stop);
      if (input.signal.aborted) {
        stop();
        return;
      }

      send(`: connected\nretry: ${RETRY_MS}\n\n`);
      // Tells the browser that from now on no attempt can slip past (the LISTEN is in place).
      // Its id is the newest attempt's, so that even a quiet stream reconnects without a gap.
      void input.hub
        .whenReady()
        .then(async () => input.lastEventId ?? (await getLatestSendAttemptId(input.db).catch(() => null)))
        .then((latest) => send(`${latest === null ? "" : `id: ${latest}\n`}event: ready\ndata: {}\n\n`));
      // Live events may overlap the replay; the browser drops ids it has already seen.
      if (input.lastEventId !== null) {
        listSendAttemptEventsAfter(input.db, input.lastEventId)
          .then((missed) => missed.forEach((event) => send(formatAttemptEvent(event))))
          .catch((error: unknown) => console.error("[live] replay failed", error));
      }
    },
    cancel() {
      stop();
    },
  });
}
