"use client";
// On every admin page: a short-lived toast for each failed send as it happens (a refused line
// is an incident: the banner shows it instead), and the live connection's state.
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { useAttemptEvents, useStreamState, type SendAttempt } from "@/components/admin/live/attempt-stream";
import { isSenderFailure, useStatusText } from "@/components/admin/live/status-text";
import { Ltr } from "@/components/ui/ltr";
import { Time } from "@/components/ui/time";

const TOAST_MS = 8_000;
const MAX_TOASTS = 3;

export function FailureToasts() {
  const [toasts, setToasts] = useState<SendAttempt[]>([]);
  const t = useTranslations("live");
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
        {t("connection", { state: streamState })}
      </span>
      {toasts.length > 0 && (
        <div className="fixed inset-x-4 bottom-4 z-40 space-y-2 sm:start-auto sm:w-96" aria-live="polite">
          {toasts.map((toast) => (
            <FailureToast key={toast.id} attempt={toast} onDismiss={() => setToasts((current) => current.filter((other) => other.id !== toast.id))} />
          ))}
        </div>
      )}
    </>
  );
}

function FailureToast({ attempt, onDismiss }: { attempt: SendAttempt; onDismiss: () => void }) {
  const t = useTranslations("live.toast");
  const status = useStatusText()(attempt);
  return (
    <div role="status" data-testid="failure-toast" className="flex gap-3 rounded-lg bg-white p-3 text-sm shadow-lg ring-1 ring-red-200">
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className="font-semibold text-red-700">
          {t("failed")} <Ltr>{status.code}</Ltr>
          {/* A space, not a margin: the span's own right-to-left direction would turn ms-2 into the wrong side. */}
          {status.persian && (
            <>
              {" "}
              <span dir="rtl" lang="fa" className="font-normal text-slate-900">
                {status.persian}
              </span>
            </>
          )}
        </p>
        <p className="text-slate-600">{status.meaning}</p>
        <p className="text-xs text-slate-500">
          <Time iso={attempt.createdAt} show="time" /> · <Ltr>{attempt.phone}</Ltr>
          {attempt.sender && <> · {t.rich("line", { line: attempt.sender, ltr: (text) => <Ltr>{text}</Ltr> })}</>} ·{" "}
          <Link href={`/admin/send-log/${attempt.id}`} className="underline">
            {t("details")}
          </Link>
        </p>
      </div>
      <button type="button" onClick={onDismiss} aria-label={t("dismiss")} className="self-start text-slate-500 hover:text-slate-700">
        <X aria-hidden="true" className="h-4 w-4" />
      </button>
    </div>
  );
}
