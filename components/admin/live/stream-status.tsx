"use client";

import { useTranslations } from "next-intl";
import { useStreamState, type StreamState } from "./attempt-stream";

const looks: Record<StreamState, { dot: string; text: string }> = {
  connecting: { dot: "bg-slate-400", text: "text-slate-600" },
  open: { dot: "bg-emerald-500 animate-pulse", text: "text-emerald-700" },
  reconnecting: { dot: "bg-amber-500", text: "text-amber-700" },
  offline: { dot: "bg-red-500", text: "text-red-700" },
};

export function StreamStatus() {
  const t = useTranslations("live.stream");
  const state = useStreamState();
  const look = looks[state];
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm font-medium ${look.text}`} data-testid="live-status" data-state={state}>
      <span className={`h-2 w-2 rounded-full ${look.dot}`} aria-hidden="true" />
      {t(state)}
    </span>
  );
}
