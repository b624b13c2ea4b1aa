// Client-side calls to /api/admin: a failure keeps the API's `code`, `detail` and `reason`, and
// the page words it in its language (components/admin/error-text.ts).
export interface AdminFetchFailure {
  ok: false;
  /** A domain error code, "unreachable" (no answer at all) or "http" (an answer without one). */
  code: string;
  detail: string | null;
  /** A key of errors.reason and its parameters, when the API names one. */
  reason: string | null;
  params: Record<string, string | number>;
  status: number | null;
}

export type AdminFetchResult<T> = { ok: true; data: T } | AdminFetchFailure;

export async function adminFetch<T>(path: string, method: "GET" | "POST" | "PATCH" | "DELETE", body?: unknown): Promise<AdminFetchResult<T>> {
  let response: Response;
  try {
    // Writes are always JSON: the server refuses anything else (a cross-site form cannot send it).
    const write = method !== "GET";
    response = await fetch(path, {
      method,
      headers: write ? { "content-type": "application/json" } : undefined,
      body: write ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    return { ok: false, code: "unreachable", detail: null, reason: null, params: {}, status: null };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: payload as T };
  const answer = payload !== null && typeof payload === "object" ? (payload as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  const params = answer.params !== null && typeof answer.params === "object" ? (answer.params as Record<string, string | number>) : {};
  return { ok: false, code: text(answer.code) ?? "http", detail: text(answer.detail), reason: text(answer.reason), params, status: response.status };
}
