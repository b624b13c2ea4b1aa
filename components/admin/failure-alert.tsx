"use client";
// On every admin page: a red banner the moment Kavenegar refuses a sender line (412), so
// that admins hear of it before users do; other failures get a short-lived toast.
import Link from "next/link";
import { useState } from "react";
import { useAttemptEvents, useStreamState, type SendAttempt } from "@/components/admin/live/attempt-stream";
import { describeAttemptStatus, isSenderFailure } from "@/components/admin/live/status-text";
import { formatUtcTime } from "@/components/ui/format";

const TOAST_MS = 8_000;
const MAX_TOASTS = 3;

interface LineAlert {
  line: string;
  latest: SendAttempt;
  count: number;
}

export function FailureAlert({ canWrite }: { canWrite: boolean }) {
  const [alerts, setAlerts] = useState<LineAlert[]>([]);
  const [toasts, setToasts] = useState<SendAttempt[]>([]);
  const streamState = useStreamState();

  useAttemptEvents((event) => {
    if (event.outcome !== "failed") return;
    // A test send from a line the admin is trying out is not an outage: it gets a toast.
    if (isSenderFailure(event) && event.purpose === "otp") {
      const line = event.sender ?? "(no sender)";
      setAlerts((current) => {
        const existing = current.find((alert) => alert.line === line);
        const others = current.filter((alert) => alert.line !== line);
        return [{ line, latest: event, count: (existing?.count ?? 0) + 1 }, ...others];
      });
      return;
    }
    setToasts((current) => [event, ...current].slice(0, MAX_TOASTS));
    setTimeout(() => setToasts((current) => current.filter((toast) => toast.id !== event.id)), TOAST_MS);
  });

  return (
    <>
      <span className="sr-only" data-testid="live-connection" data-state={streamState}>
        Live updates: {streamState}
      </span>
      {alerts.length > 0 && (
        <div role="alert" data-testid="sender-alert" className="sticky top-0 z-40 border-b-4 border-red-800 bg-red-600 text-white shadow-lg">
          <div className="mx-auto max-w-6xl divide-y divide-red-400 px-4">
            {alerts.map((alert) => (
              <SenderAlertLine
                key={alert.line}
                alert={alert}
                canWrite={canWrite}
                onDismiss={() => setAlerts((current) => current.filter((other) => other.line !== alert.line))}
              />
            ))}
          </div>
        </div>
      )}
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

function SenderAlertLine({ alert, canWrite, onDismiss }: { alert: LineAlert; canWrite: boolean; onDismiss: () => void }) {
  const status = describeAttemptStatus(alert.latest);
  return (
    <div className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start" data-testid="sender-alert-line" data-line={alert.line}>
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-semibold">
          <span aria-hidden="true">⚠ </span>
          Sender line{" "}
          <span className="font-mono" data-testid="sender-alert-line-number">
            {alert.line}
          </span>{" "}
          was refused by Kavenegar (<span className="font-mono">{status.code}</span>): OTPs from it are not delivered.
        </p>
        <p className="text-sm">
          {status.persian && (
            <span dir="rtl" lang="fa" className="mr-2 inline-block rounded bg-red-800/60 px-1.5 text-base" data-testid="sender-alert-message">
              {status.persian}
            </span>
          )}
          <span data-testid="sender-alert-meaning">{status.english}</span>
        </p>
        <p className="text-xs text-red-100">
          {alert.count === 1 ? "1 failed attempt" : `${alert.count} failed attempts`}, the last at{" "}
          <time dateTime={alert.latest.createdAt}>{formatUtcTime(alert.latest.createdAt)} UTC</time> to {alert.latest.phone}.{" "}
          <Link href={`/admin/send-log/${alert.latest.id}`} className="underline underline-offset-2">
            Provider&apos;s answer
          </Link>
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-2">
        {canWrite ? (
          <Link
            href="/admin/senders"
            className="rounded-md bg-white px-3 py-1.5 text-sm font-semibold text-red-700 shadow-sm hover:bg-red-50"
            data-testid="sender-alert-fix"
          >
            Fix sender lines
          </Link>
        ) : (
          <span className="text-sm text-red-50" data-testid="sender-alert-viewer-note">
            Ask an admin to set another active line.
          </span>
        )}
        <button
          type="button"
          onClick={onDismiss}
          aria-label={`Dismiss the alert for line ${alert.line}`}
          className="rounded-md px-2 py-1 text-lg leading-none text-red-100 hover:bg-red-700 hover:text-white"
          data-testid="sender-alert-dismiss"
        >
          ×
        </button>
      </div>
    </div>
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
