"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Inbox } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { useAttemptEvents } from "./attempt-stream";
import { LiveTable } from "./live-table";
import { StreamStatus } from "./stream-status";

const MAX_ROWS = 200;

// Several app instances may announce attempts slightly out of order.
const newestFirst = (a: SendAttempt, b: SendAttempt) =>
  b.createdAt.localeCompare(a.createdAt) || (BigInt(b.id) > BigInt(a.id) ? 1 : BigInt(b.id) < BigInt(a.id) ? -1 : 0);

/** Attempts as they happen, on top of the latest failures the page was rendered with. */
export function LiveFeed({ initial }: { initial: SendAttempt[] }) {
  const t = useTranslations("live");
  const [attempts, setAttempts] = useState(() => [...initial].sort(newestFirst));
  const [freshIds, setFreshIds] = useState<ReadonlySet<string>>(new Set());
  const [failuresOnly, setFailuresOnly] = useState(true);

  useAttemptEvents((event) => {
    setAttempts((current) =>
      current.some((attempt) => attempt.id === event.id) ? current : [event, ...current].sort(newestFirst).slice(0, MAX_ROWS),
    );
    setFreshIds((current) => new Set(current).add(event.id));
  });

  const visible = failuresOnly ? attempts.filter((attempt) => attempt.outcome === "failed") : attempts;
  const hidden = attempts.length - visible.length;

  return (
    <section className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
        <StreamStatus />
        <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={failuresOnly}
            onChange={(event) => setFailuresOnly(event.target.checked)}
            className="h-4 w-4 rounded border-slate-300 accent-slate-900"
            data-testid="failures-only"
          />
          {t("failuresOnly")}
          {failuresOnly && hidden > 0 && <span className="text-xs text-slate-500">{t("hidden", { count: hidden })}</span>}
        </label>
      </div>
      {visible.length === 0 ? (
        <EmptyState testId="live-empty" icon={Inbox}>
          {t(failuresOnly ? "emptyFailures" : "emptyAll")}
        </EmptyState>
      ) : (
        <LiveTable attempts={visible} freshIds={freshIds} />
      )}
    </section>
  );
}
