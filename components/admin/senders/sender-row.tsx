"use client";

import { useState, type ReactNode } from "react";
import { EditSenderForm } from "./edit-sender-form";
import { smallButton } from "@/components/admin/form-bits";
import { useAdminAction, type AdminRequest } from "@/components/admin/use-admin-action";
import type { SenderRowView } from "./row-view";
import { TestSendForm } from "./test-send-form";

type Panel = "edit" | "test" | null;

export function SenderRow({ row, canWrite, columns }: { row: SenderRowView; canWrite: boolean; columns: number }) {
  const [panel, setPanel] = useState<Panel>(null);
  const [confirm, setConfirm] = useState<"delete" | "activate" | null>(null);
  const { send, pending, message } = useAdminAction<{ active?: { number: string } }>({
    successMessage: (data) =>
      data.active
        ? `Line ${data.active.number} is now active: the next OTP request is sent from it, and the alert clears with its first successful send.`
        : "Saved.",
  });

  async function act(request: AdminRequest) {
    await send(request);
    setConfirm(null);
  }

  const toggle = (next: Exclude<Panel, null>) => setPanel((current) => (current === next ? null : next));
  const base = `/api/admin/senders/${row.id}`;
  const activeReason = "The active line cannot be deleted or disabled. Set another line active first.";

  return (
    <>
      <tr
        id={`sender-${row.number}`}
        className={`scroll-mt-4 align-top target:bg-amber-50 ${row.active ? "bg-emerald-50/60" : ""}`}
        data-testid={`sender-row-${row.number}`}
      >
        <td className="whitespace-nowrap px-3 py-2.5">
          <div className="flex items-center gap-2">
            <span className="font-mono font-medium">{row.number}</span>
            {row.active && (
              <span className="rounded-full bg-emerald-600 px-2 py-0.5 text-xs font-semibold text-white" data-testid="active-sender">
                Active
              </span>
            )}
          </div>
        </td>
        <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">{row.kindLabel}</td>
        <td className="px-3 py-2.5 text-slate-700">{row.label || <span className="text-slate-400">—</span>}</td>
        <td className="whitespace-nowrap px-3 py-2.5">
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${row.status === "enabled" ? "bg-white text-slate-700 ring-slate-300" : "bg-slate-200 text-slate-600 ring-slate-300"}`}
            data-testid="sender-status"
          >
            {row.status === "enabled" ? "Enabled" : "Disabled"}
          </span>
        </td>
        <td className="whitespace-nowrap px-3 py-2.5 text-right tabular-nums">{row.priority}</td>
        <td className="whitespace-nowrap px-3 py-2.5" data-testid="sender-last-failure">
          {row.lastFailure ? (
            <span className={row.lastFailure.recent ? "font-medium text-red-700" : "text-slate-600"} title={row.lastFailure.at}>
              <span className="font-mono">{row.lastFailure.code ?? "—"}</span> · {row.lastFailure.ago}
            </span>
          ) : (
            <span className="text-slate-400">never</span>
          )}
        </td>
        <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">
          {row.lastSuccess ? <span title={row.lastSuccess.at}>{row.lastSuccess.ago}</span> : <span className="text-slate-400">never</span>}
        </td>
        {canWrite && (
          <td className="px-3 py-2.5">
            <div className="flex min-w-[14rem] max-w-[19rem] flex-wrap gap-1.5">
              {!row.active &&
                (confirm === "activate" ? (
                  <>
                    <ActionButton
                      onClick={() => void act({ path: `${base}/activate`, method: "POST" })}
                      disabled={pending}
                      tone="primary"
                      testId={`confirm-active-${row.number}`}
                    >
                      Send OTPs from {row.number}
                    </ActionButton>
                    <ActionButton onClick={() => setConfirm(null)} disabled={pending}>
                      Cancel
                    </ActionButton>
                  </>
                ) : (
                  <ActionButton
                    onClick={() => setConfirm("activate")}
                    disabled={pending || row.status === "disabled"}
                    reason={row.status === "disabled" ? "Enable the line before making it active" : undefined}
                    tone="primary"
                    testId={`set-active-${row.number}`}
                  >
                    Set active
                  </ActionButton>
                ))}
              <ActionButton onClick={() => toggle("edit")} disabled={pending} testId={`edit-${row.number}`} pressed={panel === "edit"}>
                Edit
              </ActionButton>
              <ActionButton
                onClick={() => void act({ path: base, method: "PATCH", body: { status: row.status === "enabled" ? "disabled" : "enabled" } })}
                disabled={pending || row.active}
                reason={row.active ? activeReason : undefined}
                testId={`toggle-status-${row.number}`}
              >
                {row.status === "enabled" ? "Disable" : "Enable"}
              </ActionButton>
              {confirm === "delete" ? (
                <>
                  <ActionButton
                    onClick={() => void act({ path: base, method: "DELETE" })}
                    disabled={pending}
                    tone="danger"
                    testId={`confirm-delete-${row.number}`}
                  >
                    Confirm delete
                  </ActionButton>
                  <ActionButton onClick={() => setConfirm(null)} disabled={pending}>
                    Keep
                  </ActionButton>
                </>
              ) : (
                <ActionButton
                  onClick={() => setConfirm("delete")}
                  disabled={pending || row.active}
                  reason={row.active ? activeReason : undefined}
                  tone="danger"
                  testId={`delete-${row.number}`}
                >
                  Delete
                </ActionButton>
              )}
              <ActionButton onClick={() => toggle("test")} disabled={pending} testId={`test-send-${row.number}`} pressed={panel === "test"}>
                Test send
              </ActionButton>
            </div>
            {message && (
              <p
                role={message.tone === "error" ? "alert" : "status"}
                className={`mt-1.5 max-w-sm text-xs ${message.tone === "error" ? "text-red-700" : "text-emerald-700"}`}
                data-testid={`sender-message-${row.number}`}
              >
                {message.text}
              </p>
            )}
          </td>
        )}
      </tr>
      {canWrite && panel && (
        <tr className="bg-slate-50">
          <td colSpan={columns} className="px-3 py-3">
            {/* Sticks to the visible part of a horizontally scrolled table on small screens. */}
            <div className="sticky left-3 w-[min(48rem,calc(100vw-4rem))]">
              {panel === "edit" ? <EditSenderForm row={row} onDone={() => setPanel(null)} /> : <TestSendForm senderId={row.id} number={row.number} />}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}

function ActionButton(props: {
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  reason?: string;
  tone?: "primary" | "danger";
  testId?: string;
  pressed?: boolean;
}) {
  const tone =
    props.tone === "primary"
      ? "bg-slate-900 text-white ring-slate-900 hover:bg-slate-700"
      : props.tone === "danger"
        ? "bg-white text-red-700 ring-red-300 hover:bg-red-50"
        : `text-slate-700 ring-slate-300 hover:bg-slate-100 ${props.pressed ? "bg-slate-200" : "bg-white"}`;
  const button = (
    <button
      type="button"
      onClick={props.onClick}
      disabled={props.disabled}
      aria-pressed={props.pressed}
      className={`${smallButton} ${tone}`}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  );
  // A disabled button gets no pointer events in some browsers, so the tooltip sits on a wrapper.
  return props.reason ? (
    <span title={props.reason} className="inline-flex">
      {button}
    </span>
  ) : (
    button
  );
}
