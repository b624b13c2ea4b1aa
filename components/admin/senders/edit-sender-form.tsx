"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/admin/form-field";
import { useState, type SubmitEvent } from "react";
import { senderUpdateSchema } from "@/lib/senders/schemas";
import { inputClass } from "@/components/admin/form-bits";
import { useAdminAction } from "@/components/admin/use-admin-action";
import type { SenderRowView } from "./row-view";

export function EditSenderForm({ row, onDone }: { row: SenderRowView; onDone: () => void }) {
  const t = useTranslations("senders");
  const [label, setLabel] = useState(row.label);
  const [priority, setPriority] = useState(String(row.priority));
  const [status, setStatus] = useState(row.status);
  const { submit, pending, errors, message } = useAdminAction({ onSuccess: onDone });

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(senderUpdateSchema, { label, priority, status }, (body) => ({ path: `/api/admin/senders/${row.id}`, method: "PATCH", body }));
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-3" data-testid={`edit-sender-form-${row.number}`}>
      <p className="text-sm font-medium">{t.rich("editTitle", { number: row.number, ltr: (text) => <bdi dir="ltr">{text}</bdi> })}</p>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto_auto] sm:items-start">
        <FormField label={t("label")} error={errors.label}>
          <input
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            className={inputClass(Boolean(errors.label))}
            data-testid="edit-sender-label"
          />
        </FormField>
        <FormField label={t("priority")} error={errors.priority}>
          <input
            type="number"
            min={0}
            max={10000}
            value={priority}
            onChange={(event) => setPriority(event.target.value)}
            className={inputClass(Boolean(errors.priority))}
            data-testid="edit-sender-priority"
          />
        </FormField>
        <label className="block space-y-1 text-sm">
          <span className="text-slate-600">{t("status")}</span>
          <select
            value={status}
            onChange={(event) => setStatus(event.target.value === "disabled" ? "disabled" : "enabled")}
            disabled={row.active}
            title={row.active ? t("activeCannotDisable") : undefined}
            className={inputClass(false)}
          >
            <option value="enabled">{t("enabled")}</option>
            <option value="disabled">{t("disabled")}</option>
          </select>
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 sm:mt-6"
        >
          {pending ? t("saving") : t("save")}
        </button>
        <button
          type="button"
          onClick={onDone}
          className="rounded-md px-4 py-2 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100 sm:mt-6"
        >
          {t("cancel")}
        </button>
      </div>
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message.text}
        </p>
      )}
    </form>
  );
}
