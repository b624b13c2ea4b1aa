// One LISTEN connection per process, fanned out to every open live view (SSE connection).
// Events travel through NOTIFY, not memory, so every app instance sharing the database
// sees every attempt. The pg driver hides a dead LISTEN connection, so the hub proves
// it alive with a NOTIFY round trip of its own and resubscribes when that fails.
import "server-only";
import { randomUUID } from "node:crypto";
import type { SqlDriver } from "@/lib/db/database";
import { subscribeLiveEvents, type LiveEvent } from "./live-events";

export type LiveListener = (event: LiveEvent) => void;

export interface LiveHubOptions {
  /** How often the LISTEN connection is proved alive. */
  probeIntervalMs?: number;
  /** How long a probe may take before the connection counts as dead. */
  probeTimeoutMs?: number;
  /** How long to keep listening after the last listener left: a page reload reconnects at once. */
  lingerMs?: number;
  maxRetryDelayMs?: number;
}

const PROBE_KEY = "liveHubProbe";
const FIRST_RETRY_MS = 500;

type Timer = ReturnType<typeof setTimeout>;

export class LiveHub {
  private readonly listeners = new Set<LiveListener>();
  private readonly timers = new Set<Timer>();
  private readonly hubId = randomUUID();
  private readonly options: Required<LiveHubOptions>;
  /** Bumped on every (re)subscription: a stale connection's late events and timers are ignored. */
  private generation = 0;
  /** A subscription exists, is being made, or is waiting to retry. */
  private active = false;
  private subscription: (() => Promise<void>) | null = null;
  private connecting: Promise<void> | null = null;
  private ready = deferred();
  private retryDelay = FIRST_RETRY_MS;
  private lingerTimer: Timer | null = null;
  private channel: string | null = null;
  private pendingProbe: string | null = null;
  private closed = false;

  constructor(
    private readonly sql: SqlDriver,
    options: LiveHubOptions = {},
  ) {
    this.options = { probeIntervalMs: 30_000, probeTimeoutMs: 5_000, lingerMs: 10_000, maxRetryDelayMs: 30_000, ...options };
  }

  /** Adds a listener (subscribing on the first one); returns its removal. */
  listen(listener: LiveListener): () => void {
    if (this.closed) throw new Error("The live hub is closed.");
    this.listeners.add(listener);
    this.cancelLinger();
    if (!this.active) void this.connect();
    return () => this.remove(listener);
  }

  /** Resolves once the LISTEN is in place, so that every later NOTIFY is delivered. */
  whenReady(): Promise<void> {
    return this.ready.promise;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancelLinger();
    this.listeners.clear();
    await this.disconnect();
    await this.connecting;
  }

  private remove(listener: LiveListener): void {
    if (!this.listeners.delete(listener) || this.listeners.size > 0 || this.closed) return;
    this.lingerTimer = setTimeout(() => {
      this.lingerTimer = null;
      if (this.listeners.size === 0) void this.disconnect();
    }, this.options.lingerMs);
    this.lingerTimer.unref();
  }

  private cancelLinger(): void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
  }

  private connect(): Promise<void> {
    this.active = true;
    this.connecting = this.subscribe(++this.generation);
    return this.connecting;
  }

  private async subscribe(gen: number): Promise<void> {
    try {
      const stop = await subscribeLiveEvents(this.driverFor(gen), (event) => this.fanOut(event));
      if (gen !== this.generation || this.closed) {
        await stop().catch(() => {});
        return;
      }
      this.subscription = stop;
      this.retryDelay = FIRST_RETRY_MS;
      this.ready.resolve();
      this.scheduleProbe(gen);
    } catch (error) {
      if (gen !== this.generation || this.closed) return;
      console.error(`[live] LISTEN failed; retrying in ${this.retryDelay} ms`, error);
      this.after(this.retryDelay, () => {
        if (gen === this.generation) void this.connect();
      });
      this.retryDelay = Math.min(this.retryDelay * 2, this.options.maxRetryDelayMs);
    }
  }

  private async disconnect(): Promise<void> {
    this.generation++;
    this.active = false;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pendingProbe = null;
    if (this.ready.settled) this.ready = deferred();
    const stop = this.subscription;
    this.subscription = null;
    if (stop) await stop().catch(() => {});
  }

  private async reconnect(gen: number): Promise<void> {
    if (gen !== this.generation) return;
    await this.disconnect();
    if (!this.closed && this.listeners.size > 0) await this.connect();
  }

  private fanOut(event: LiveEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error("[live] listener failed", error);
      }
    }
  }

  // Sees raw payloads before live-events parses them: our probes are taken out, and a
  // malformed NOTIFY from elsewhere cannot throw inside the driver's event emitter.
  private driverFor(gen: number): SqlDriver {
    return {
      ...this.sql,
      listen: (channel, onPayload) => {
        this.channel = channel;
        return this.sql.listen(channel, (payload) => {
          if (gen !== this.generation) return;
          if (payload.startsWith(`{"${PROBE_KEY}"`)) {
            if (this.pendingProbe !== null && payload === probePayload(this.pendingProbe)) this.pendingProbe = null;
            return;
          }
          try {
            onPayload(payload);
          } catch (error) {
            console.warn(`[live] unreadable notification ignored: ${error instanceof Error ? error.message : String(error)}`);
          }
        });
      },
    };
  }

  private scheduleProbe(gen: number): void {
    this.after(this.options.probeIntervalMs, () => {
      if (gen !== this.generation || this.channel === null) return;
      const nonce = `${this.hubId}:${randomUUID()}`;
      this.pendingProbe = nonce;
      // A failed publish leaves the probe pending, which is the verdict we want.
      this.sql.query("SELECT pg_notify($1, $2)", [this.channel, probePayload(nonce)]).catch(() => {});
      this.after(this.options.probeTimeoutMs, () => {
        if (gen !== this.generation) return;
        if (this.pendingProbe !== nonce) {
          this.scheduleProbe(gen);
          return;
        }
        console.warn("[live] LISTEN connection lost; resubscribing");
        void this.reconnect(gen);
      });
    });
  }

  private after(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }
}

function probePayload(nonce: string): string {
  return JSON.stringify({ [PROBE_KEY]: nonce });
}

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  const result = {
    settled: false,
    promise,
    resolve() {
      result.settled = true;
      resolve();
    },
  };
  return result;
}
