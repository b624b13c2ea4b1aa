// Display helpers shared by the send log's list and detail views.

/** The console shows times in UTC, as the filter form reads them. */
export function formatUtc(iso: string): string {
  return iso.slice(0, 19).replace("T", " ");
}

export function formatRials(value: number | null): string {
  return value === null ? "–" : `${value.toLocaleString("en")} IRR`;
}

export function formatLatency(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
