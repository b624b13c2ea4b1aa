"use client";
// On every admin page: a short-lived toast for each failed send as it happens (a refused line
// is an incident: the banner shows it instead), and the live connection's state.
import Link from "next/link";
import { useState } from "react";
import { useAttemptEvents, useStreamState, type SendAttempt } from "@/components/admin/live/attempt-stream";
import { describeAttemptStatus, isSenderFailure } from "@/components/admin/live/status-text";
import { formatUtcTime } from "@/components/ui/format";

const TOAST_MS = 8_000;
const MAX_TOASTS = 3;

export function FailureToasts() {
  const [toasts, setToasts] = useState<SendAttempt[]>([]);
  const streamState = useStreamState();

  useAttemptEvents((event) => {
    if (event.outcome !== "failed") return;
    // A refused line is an incident: the banner says so.
    if (isSenderFailure(event) && event.purpose === "otp") return;
    setToasts((current) => [event, ...current].slice(0, MAX_TOASTS));
    setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== event.id)), TOAST_MS);
  });

  return (
    <>
      <span className="sr-only" data-testid="live-connection" data-state={streamState}>
        Live updates: {streamState}
      </span>
      {toasts.length > 0 && (
        <div className="fixed inset-x-4 bottom-4 z-40 space-y-2 sm:left-auto sm:w-96" aria-live="polite">
          {toasts.map((toast) => (
            <FailureToast key={toast.id} attempt={toast} onDismiss={() => setToasts((current) => current.filter((other) => other.id !== toast.id))} />
          ))}
        </div>
      )}
    </>
  );
}

function FailureToast({ attempt, onDismiss }: { attempt: SendAttempt; onDismiss: () => void }) {
  const status = describeAttemptStatus(attempt);
  return (
    <div role="status" data-testid="failure-toast" className="flex gap-3 rounded-lg bg-white p-3 text-sm shadow-lg ring-1 ring-red-200">
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className="font-semibold text-red-700">
          Send failed: <span className="font-mono">{status.code}</span>
          {status.persian && (
            <span dir="rtl" lang="fa" className="ml-2 font-normal text-slate-900">
              {status.persian}
            </span>
          )}
        </p>
        <p className="text-slate-600">{status.english}</p>
        <p className="text-xs text-slate-500">
          {formatUtcTime(attempt.createdAt)} UTC · {attempt.phone}
          {attempt.sender ? ` · line ${attempt.sender}` : ""} ·{" "}
          <Link href={`/admin/send-log/${attempt.id}`} className="underline">
            details
          </Link>
        </p>
      </div>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="self-start text-slate-400 hover:text-slate-700">
        ×
      </button>
    </div>
  );
}
