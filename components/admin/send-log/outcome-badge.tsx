export function OutcomeBadge({ outcome }: { outcome: "sent" | "failed" }) {
  return outcome === "sent" ? (
    <span className="inline-flex rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-300">sent</span>
  ) : (
    <span className="inline-flex rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-800 ring-1 ring-red-300">failed</span>
  );
}
