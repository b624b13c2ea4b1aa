// Calls App Router handlers in-process with real Request objects.
type RouteHandler = (request: Request, segment: { params: Promise<Record<string, string>> }) => Promise<Response>;

export async function callRoute(
  handler: unknown,
  init: { method?: string; url?: string; body?: string | object; headers?: Record<string, string>; params?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const body = typeof init.body === "object" ? JSON.stringify(init.body) : init.body;
  const request = new Request(init.url ?? "http://localhost/test", {
    method: init.method ?? "POST",
    headers: { "content-type": "application/json", ...init.headers },
    body,
  });
  const response = await (handler as RouteHandler)(request, { params: Promise.resolve(init.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
