"use client";
// One EventSource per browser tab, shared by the incident banner (on every admin page) and
// the Live page. Attempts are deduplicated by id: a reconnect replays what was missed, which can
// overlap what already arrived.
import { useEffect, useRef, useSyncExternalStore } from "react";
import { incidentEventSchema, type IncidentEvent } from "@/lib/events/live-events";
import { sendAttemptSchema, type SendAttempt } from "@/lib/send-log/attempt";

export type { SendAttempt };
/** `open` once the server's LISTEN is in place: from then on no attempt can slip past. */
export type StreamState = "connecting" | "open" | "reconnecting" | "offline";

const EVENTS_URL = "/api/admin/events";
/** The browser gives up on a non-stream answer (an expired session's 401); we try again later. */
const REOPEN_AFTER_MS = 10_000;
const CLOSE_IDLE_AFTER_MS = 2_000;
const SEEN_LIMIT = 1_000;

type Listener = (event: SendAttempt) => void;
type IncidentListener = (event: IncidentEvent) => void;

const listeners = new Set<Listener>();
const incidentListeners = new Set<IncidentListener>();
const stateListeners = new Set<() => void>();
const seen = new Set<string>();
let source: EventSource | null = null;
let state: StreamState = "connecting";
let reopenTimer: ReturnType<typeof setTimeout> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

function setState(next: StreamState) {
  if (state === next) return;
  state = next;
  for (const notify of stateListeners) notify();
}

function firstSighting(id: string): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  if (seen.size > SEEN_LIMIT) {
    const oldest = seen.values().next().value;
    if (oldest !== undefined) seen.delete(oldest);
  }
  return true;
}

function parseWith<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, data: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function open() {
  const current = new EventSource(EVENTS_URL);
  source = current;
  setState(state === "connecting" ? "connecting" : "reconnecting");
  current.addEventListener("ready", () => setState("open"));
  current.addEventListener("attempt", (message) => {
    const event = parseWith(sendAttemptSchema, String(message.data));
    if (!event || !firstSighting(event.id)) return;
    for (const listener of listeners) listener(event);
  });
  current.addEventListener("incident", (message) => {
    const event = parseWith(incidentEventSchema, String(message.data));
    if (event) for (const listener of incidentListeners) listener(event);
  });
  current.addEventListener("error", () => {
    if (current.readyState !== EventSource.CLOSED) {
      setState("reconnecting");
      return;
    }
    setState("offline");
    current.close();
    if (source === current) source = null;
    reopenTimer ??= setTimeout(() => {
      reopenTimer = null;
      if (!source && hasSubscribers()) open();
    }, REOPEN_AFTER_MS);
  });
}

function hasSubscribers(): boolean {
  return listeners.size > 0 || incidentListeners.size > 0 || stateListeners.size > 0;
}

function retain() {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!source && !reopenTimer) open();
}

// Closing waits a moment: a component that re-subscribes (navigation, strict mode) keeps the stream.
function release() {
  if (hasSubscribers() || idleTimer) return;
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (hasSubscribers()) return;
    source?.close();
    source = null;
    state = "connecting";
  }, CLOSE_IDLE_AFTER_MS);
}

function subscribeState(notify: () => void): () => void {
  stateListeners.add(notify);
  retain();
  return () => {
    stateListeners.delete(notify);
    release();
  };
}

function useStreamListener<E>(set: Set<(event: E) => void>, onEvent: (event: E) => void): void {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => {
    const listener = (event: E) => latest.current(event);
    set.add(listener);
    retain();
    return () => {
      set.delete(listener);
      release();
    };
  }, [set]);
}

/** Calls `onAttempt` for every send attempt from now on (all outcomes). */
export function useAttemptEvents(onAttempt: Listener): void {
  useStreamListener(listeners, onAttempt);
}

/** Calls `onIncident` whenever an incident opens, changes, is acknowledged or resolves, on any instance. */
export function useIncidentEvents(onIncident: IncidentListener): void {
  useStreamListener(incidentListeners, onIncident);
}

export function useStreamState(): StreamState {
  return useSyncExternalStore(
    subscribeState,
    () => state,
    () => "connecting",
  );
}
