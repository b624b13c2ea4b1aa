// Work to do when the process stops (close the database, stop the jobs). The front door
// (server.ts) and the app's bundles are separate module graphs, so the hooks live on one
// named global slot; nothing else is shared that way.
type ShutdownHook = () => void | Promise<void>;

const HOOKS = Symbol.for("otp-gateway.shutdown-hooks");
const registry = globalThis as unknown as { [HOOKS]?: Set<ShutdownHook> };

function hooks(): Set<ShutdownHook> {
  registry[HOOKS] ??= new Set();
  return registry[HOOKS];
}

/** Returns the removal. */
export function onShutdown(hook: ShutdownHook): () => void {
  hooks().add(hook);
  return () => hooks().delete(hook);
}

/** Runs every hook once, each failure logged, none blocking the others. */
export async function runShutdownHooks(): Promise<void> {
  const pending = [...hooks()];
  hooks().clear();
  await Promise.all(
    pending.map((hook) =>
      Promise.resolve()
        .then(hook)
        .catch((error: unknown) => console.error("[shutdown] hook failed", error)),
    ),
  );
}

// Next.js starts the app (instrumentation) on its own schedule; the HTTP server waits for
// it before saying it is ready, so that no request pays for migrations and seeding.
const STARTED = Symbol.for("otp-gateway.started");
const startSlot = globalThis as unknown as { [STARTED]?: { promise: Promise<void>; resolve: () => void } };

function startSignal() {
  if (!startSlot[STARTED]) {
    let resolve = () => {};
    const promise = new Promise<void>((done) => (resolve = done));
    startSlot[STARTED] = { promise, resolve };
  }
  return startSlot[STARTED];
}

/** Called by the app's start-up once it takes requests (or answers 503 while the database is away). */
export function markAppStarted(): void {
  startSignal().resolve();
}

/** Resolves when the app has started, or after `timeoutMs` (false then). */
export async function whenAppStarted(timeoutMs: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  const started = await Promise.race([startSignal().promise.then(() => true as const), timeout]);
  clearTimeout(timer);
  return started;
}
