"use client";

import { CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Ltr } from "@/components/ui/ltr";
import { stacked } from "@/components/ui/stacked-table";
import { useFormat } from "@/components/ui/use-format";
import { utcText } from "@/lib/i18n/format";
import { EditSenderForm } from "./edit-sender-form";
import { smallButton } from "@/components/admin/form-bits";
import { useAdminAction, type AdminRequest } from "@/components/admin/use-admin-action";
import type { SenderRowView } from "./row-view";
import { TestSendForm } from "./test-send-form";

type Panel = "edit" | "test" | null;

export function SenderRow({ row, canWrite, columns }: { row: SenderRowView; canWrite: boolean; columns: number }) {
  const t = useTranslations("senders");
  const format = useFormat();
  const [panel, setPanel] = useState<Panel>(null);
  const [confirm, setConfirm] = useState<"delete" | "activate" | null>(null);
  const { send, pending, message } = useAdminAction<{ active?: { number: string } }>({
    successMessage: (data) => (data.active ? t("nowActive", { number: data.active.number }) : t("saved")),
  });

  async function act(request: AdminRequest) {
    await send(request);
    setConfirm(null);
  }

  const toggle = (next: Exclude<Panel, null>) => setPanel((current) => (current === next ? null : next));
  const base = `/api/admin/senders/${row.id}`;
  const activeReason = t("activeReason");
  const cell = `${stacked.cell} py-2.5`;

  return (
    <>
      <tr
        id={`sender-${row.number}`}
        className={`${stacked.row} scroll-mt-4 align-top target:bg-amber-50 ${row.active ? "bg-emerald-50/60 max-sm:bg-emerald-50 max-sm:ring-emerald-300" : ""}`}
        data-testid={`sender-row-${row.number}`}
      >
        <td className={`${cell} ${stacked.wide} whitespace-nowrap`}>
          <div className="flex items-center gap-2">
            <Ltr className="font-mono font-medium max-sm:text-base">{row.number}</Ltr>
            {row.active && (
              <span
                className="inline-flex items-center gap-1 rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-semibold text-white"
                data-testid="active-sender"
              >
                <CircleCheck aria-hidden="true" className="h-3.5 w-3.5" />
                {t("active")}
              </span>
            )}
          </div>
        </td>
        <td className={`${cell} whitespace-nowrap text-slate-700`} data-label={t("kind")}>
          {t(`kinds.${row.kind}`)}
        </td>
        <td className={`${cell} text-slate-700`} data-label={t("label")}>
          {row.label || <span className="text-slate-500">—</span>}
        </td>
        <td className={`${cell} whitespace-nowrap`} data-label={t("status")}>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ${row.status === "enabled" ? "bg-white text-slate-700 ring-slate-300" : "bg-slate-200 text-slate-600 ring-slate-300"}`}
            data-testid="sender-status"
          >
            {t(row.status)}
          </span>
        </td>
        <td className={`${cell} whitespace-nowrap text-end tabular-nums max-sm:text-start`} data-label={t("priority")}>
          {format.number(row.priority)}
        </td>
        <td className={`${cell} whitespace-nowrap`} data-testid="sender-last-failure" data-label={t("lastFailure")}>
          {row.lastFailure ? (
            <span className={row.lastFailure.recent ? "font-medium text-red-700" : "text-slate-600"} title={utcText(row.lastFailure.at)}>
              {t.rich("failureWhen", {
                code: () => <Ltr>{row.lastFailure?.code ?? "—"}</Ltr>,
                ago: format.ago(row.lastFailure.agoSeconds),
              })}
            </span>
          ) : (
            <span className="text-slate-500">{t("never")}</span>
          )}
        </td>
        <td className={`${cell} whitespace-nowrap text-slate-600`} data-label={t("lastSuccess")}>
          {row.lastSuccess ? (
            <span title={utcText(row.lastSuccess.at)}>{format.ago(row.lastSuccess.agoSeconds)}</span>
          ) : (
            <span className="text-slate-500">{t("never")}</span>
          )}
        </td>
        {canWrite && (
          <td className={`${cell} ${stacked.wide}`}>
            <div className="flex flex-wrap gap-1.5 sm:grid sm:grid-cols-[repeat(3,max-content)]">
              {!row.active &&
                (confirm === "activate" ? (
                  <>
                    <ActionButton
                      onClick={() => void act({ path: `${base}/activate`, method: "POST" })}
                      disabled={pending}
                      tone="primary"
                      testId={`confirm-active-${row.number}`}
                    >
                      {t("confirmActive", { number: row.number })}
                    </ActionButton>
                    <ActionButton onClick={() => setConfirm(null)} disabled={pending}>
                      {t("cancel")}
                    </ActionButton>
                  </>
                ) : (
                  <ActionButton
                    onClick={() => setConfirm("activate")}
                    disabled={pending || row.status === "disabled"}
                    reason={row.status === "disabled" ? t("enableFirst") : undefined}
                    tone="primary"
                    testId={`set-active-${row.number}`}
                  >
                    {t("setActive")}
                  </ActionButton>
                ))}
              <ActionButton onClick={() => toggle("edit")} disabled={pending} testId={`edit-${row.number}`} pressed={panel === "edit"}>
                {t("edit")}
              </ActionButton>
              <ActionButton
                onClick={() => void act({ path: base, method: "PATCH", body: { status: row.status === "enabled" ? "disabled" : "enabled" } })}
                disabled={pending || row.active}
                reason={row.active ? activeReason : undefined}
                testId={`toggle-status-${row.number}`}
              >
                {row.status === "enabled" ? t("disable") : t("enable")}
              </ActionButton>
              {confirm === "delete" ? (
                <>
                  <ActionButton
                    onClick={() => void act({ path: base, method: "DELETE" })}
                    disabled={pending}
                    tone="danger"
                    testId={`confirm-delete-${row.number}`}
                  >
                    {t("confirmDelete")}
                  </ActionButton>
                  <ActionButton onClick={() => setConfirm(null)} disabled={pending}>
                    {t("keep")}
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
                  {t("delete")}
                </ActionButton>
              )}
              <ActionButton onClick={() => toggle("test")} disabled={pending} testId={`test-send-${row.number}`} pressed={panel === "test"}>
                {t("testSend")}
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
        <tr className="bg-slate-50 max-sm:block max-sm:rounded-lg max-sm:p-3 max-sm:ring-1 max-sm:ring-slate-200">
          <td colSpan={columns} className="px-3 py-3 max-sm:block max-sm:p-0">
            {/* Sticks to the visible part of a horizontally scrolled table on small screens. */}
            <div className="sticky start-3 w-[min(48rem,calc(100vw-4rem))] max-sm:static max-sm:w-full">
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
