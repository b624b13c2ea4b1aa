"use client";
// On every admin page: the overall OTP limit is reached, so every new request is refused.
// Rendered from the server's state on load, raised live when any instance hits the limit.
import Link from "next/link";
import { useEffect, useState } from "react";
import { useLimitEvents, type LimitEvent } from "@/components/admin/live/attempt-stream";
import { formatUtcTime } from "@/components/ui/format";

export function LimitAlert({ initial, canWrite }: { initial: LimitEvent | null; canWrite: boolean }) {
  const [limit, setLimit] = useState(initial);
  useLimitEvents(setLimit);

  // The window ends by itself; the banner goes with it.
  useEffect(() => {
    if (!limit) return;
    const remaining = Date.parse(limit.resetsAt) - Date.now();
    const timer = setTimeout(() => setLimit(null), Math.max(0, remaining));
    return () => clearTimeout(timer);
  }, [limit]);

  if (!limit) return null;
  return (
    <div role="alert" data-testid="limit-alert" className="border-b-4 border-amber-700 bg-amber-500 text-slate-950">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center">
        <p className="flex-1 text-sm">
          <span className="font-semibold">The overall limit of {limit.max.toLocaleString("en")} codes an hour is reached:</span> every new OTP request
          is refused until <time dateTime={limit.resetsAt}>{formatUtcTime(limit.resetsAt)} UTC</time>. That means an attack (SMS pumping) or a client
          in a loop; check the Live page.
        </p>
        <div className="flex gap-2">
          <Link href="/admin/live" className="rounded-md bg-slate-950 px-3 py-1.5 text-sm font-semibold text-white">
            Live
          </Link>
          {canWrite && (
            <Link href="/admin/settings" className="rounded-md bg-white px-3 py-1.5 text-sm font-semibold text-slate-900">
              Limits
            </Link>
          )}
        </div>
      </div>
    </div>
  );
}
