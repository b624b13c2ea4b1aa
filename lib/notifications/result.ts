// What a channel reports back, and the one place a delivery is bounded in time and its summary
// cleaned of secrets: a library's error message may quote a URL, a token or a password.

export interface ChannelResult {
  ok: boolean;
  /** The receiver's answer ("HTTP 200", "250 Message accepted") or why delivery failed; no secrets. */
  summary: string;
}

export interface SendOptions {
  /** The whole delivery, connecting included; 10 s when not given. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const MASK = "•••";
const EXCERPT_LENGTH = 200;

/** `text` with every non-empty secret replaced, longest first so that no part of a longer one survives. */
function maskSecrets(text: string, secrets: readonly string[]): string {
  return [...new Set(secrets)]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((masked, secret) => masked.replaceAll(secret, MASK), text);
}

/** "HTTP 500", with the start of the answer when there is one (receivers often say what they disliked). */
export function httpFailure(status: number, answer: string): string {
  const excerpt = answer.replace(/\s+/g, " ").trim().slice(0, EXCERPT_LENGTH);
  return excerpt ? `HTTP ${status}: ${excerpt}` : `HTTP ${status}`;
}

function causeText(cause: unknown): string {
  if (!(cause instanceof Error)) return "";
  const code = "code" in cause && typeof cause.code === "string" ? cause.code : "";
  return cause.message || code;
}

// fetch says only "fetch failed"; what happened (ECONNREFUSED, a DNS failure) is in its cause.
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = causeText(error.cause);
  return cause && !error.message.includes(cause) ? `${error.message}: ${cause}` : error.message;
}

/**
 * Runs one delivery attempt: never throws, fails once `timeoutMs` has passed (the attempt gets an
 * AbortSignal for that moment), and masks `secrets` in whatever summary comes out.
 */
export async function deliver(
  options: SendOptions | undefined,
  secrets: readonly string[],
  attempt: (signal: AbortSignal, timeoutMs: number) => Promise<ChannelResult>,
): Promise<ChannelResult> {
  const timeoutMs = options?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = new Error(`timed out after ${timeoutMs} ms`);
  const controller = new AbortController();
  const deadline = new Promise<never>((_, reject) => {
    controller.signal.addEventListener("abort", () => reject(timeout), { once: true });
  });
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  const running = attempt(controller.signal, timeoutMs);
  // Once the deadline has won the race, the attempt's own late failure is of no interest.
  running.catch(() => {});
  try {
    const result = await Promise.race([running, deadline]);
    return { ok: result.ok, summary: maskSecrets(result.summary, secrets) };
  } catch (error) {
    return { ok: false, summary: maskSecrets(describeError(error), secrets) };
  } finally {
    clearTimeout(timer);
  }
}
