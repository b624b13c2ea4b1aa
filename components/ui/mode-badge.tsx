export function ModeBadge({ mode }: { mode: "sandbox" | "live" }) {
  return mode === "sandbox" ? (
    <span
      className="inline-flex items-center rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300"
      data-testid="mode-badge"
    >
      SANDBOX: no real SMS is sent
    </span>
  ) : (
    <span
      className="inline-flex items-center rounded-full bg-emerald-100 px-2.5 py-0.5 text-xs font-semibold text-emerald-900 ring-1 ring-emerald-300"
      data-testid="mode-badge"
    >
      LIVE
    </span>
  );
}
