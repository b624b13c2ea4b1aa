"use client";

import { useStreamState, type StreamState } from "./attempt-stream";

const looks: Record<StreamState, { label: string; dot: string; text: string }> = {
  connecting: { label: "Connecting…", dot: "bg-slate-400", text: "text-slate-600" },
  open: { label: "Live", dot: "bg-emerald-500 animate-pulse", text: "text-emerald-700" },
  reconnecting: { label: "Reconnecting…", dot: "bg-amber-500", text: "text-amber-700" },
  offline: { label: "Disconnected, retrying", dot: "bg-red-500", text: "text-red-700" },
};

export function StreamStatus() {
  const state = useStreamState();
  const look = looks[state];
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm font-medium ${look.text}`} data-testid="live-status" data-state={state}>
      <span className={`h-2 w-2 rounded-full ${look.dot}`} aria-hidden="true" />
      {look.label}
    </span>
  );
}
