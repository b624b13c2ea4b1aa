// Client-side calls to /api/admin: the API's `detail` becomes the message shown.
export type AdminFetchResult<T> = { ok: true; data: T } | { ok: false; detail: string };

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
    return { ok: false, detail: "Could not reach the server. Check your connection and try again." };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: payload as T };
  const detail =
    payload && typeof payload === "object" && "detail" in payload && typeof payload.detail === "string"
      ? payload.detail
      : `Request failed (HTTP ${response.status}).`;
  return { ok: false, detail };
}
