// Client-side calls to /api/admin: a failure keeps the API's `code` and `detail`, and the page
// words it in its language (components/admin/error-text.ts).
export interface AdminFetchFailure {
  ok: false;
  /** A domain error code, "unreachable" (no answer at all) or "http" (an answer without one). */
  code: string;
  detail: string | null;
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
    return { ok: false, code: "unreachable", detail: null, status: null };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: payload as T };
  const field = (name: "code" | "detail") =>
    payload && typeof payload === "object" && name in payload && typeof (payload as Record<string, unknown>)[name] === "string"
      ? ((payload as Record<string, string>)[name] ?? null)
      : null;
  return { ok: false, code: field("code") ?? "http", detail: field("detail"), status: response.status };
}
