"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/admin/form-field";
import { useState, type SubmitEvent } from "react";
import { inferSenderKind } from "@/lib/senders/kind";
import { senderCreateSchema } from "@/lib/senders/schemas";
import { fieldMessage, inputClass } from "@/components/admin/form-bits";
import { useAdminAction } from "@/components/admin/use-admin-action";

/** A finer description of a line number than the stored kind: the prefix family admins know. */
function useNumberText(): (number: string) => string {
  const t = useTranslations("senders");
  return (number) => {
    const trimmed = number.trim();
    if (!trimmed) return t("kindHint");
    const kind = t(`kinds.${inferSenderKind(trimmed)}`);
    if (!/^\d+$/.test(trimmed)) return t("kindText", { kind });
    const prefix = /^(1000|2000|3000|9000)/.exec(trimmed)?.[1];
    return prefix ? t("kindPrefix", { kind, prefix, digits: trimmed.length }) : t("kindDigits", { kind, digits: trimmed.length });
  };
}

export function AddSenderForm() {
  const t = useTranslations("senders");
  const numberText = useNumberText();
  const [number, setNumber] = useState("");
  const [label, setLabel] = useState("");
  const [priority, setPriority] = useState("100");
  const { submit, pending, errors, message, clearErrors } = useAdminAction({
    onSuccess: () => {
      setNumber("");
      setLabel("");
      setPriority("100");
    },
    successMessage: (line: { number: string }) => t("added", { number: line.number }),
  });

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(senderCreateSchema, { number, label, priority }, (body) => ({ path: "/api/admin/senders", method: "POST", body }));
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      data-testid="add-sender-form"
    >
      <h2 className="font-semibold">{t("addTitle")}</h2>
      <div className="grid gap-3 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-start">
        <label className="block space-y-1 text-sm">
          <span className="font-medium">{t("number")}</span>
          <input
            name="number"
            value={number}
            onChange={(event) => {
              setNumber(event.target.value);
              clearErrors();
            }}
            placeholder="20005006666"
            dir="ltr"
            inputMode="text"
            autoComplete="off"
            className={inputClass(Boolean(errors.number))}
            data-testid="add-sender-number"
          />
          <span className="block min-h-5 text-xs text-slate-600" data-testid="add-sender-kind" aria-live="polite">
            {errors.number ? <span className="text-red-700">{fieldMessage(t("number"), errors.number)}</span> : numberText(number)}
          </span>
        </label>
        <FormField label={t("label")} error={errors.label}>
          <input
            name="label"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            placeholder={t("optional")}
            className={inputClass(Boolean(errors.label))}
          />
        </FormField>
        <FormField label={t("priority")} error={errors.priority}>
          <input
            name="priority"
            type="number"
            min={0}
            max={10000}
            value={priority}
            onChange={(event) => setPriority(event.target.value)}
            className={inputClass(Boolean(errors.priority))}
          />
        </FormField>
        <button
          type="submit"
          disabled={pending}
          className="inline-flex items-center justify-center gap-1.5 rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 sm:mt-6"
          data-testid="add-sender-submit"
        >
          <Plus aria-hidden="true" className="h-4 w-4" />
          {pending ? t("adding") : t("add")}
        </button>
      </div>
      <p className="text-xs text-slate-500">{t("priorityHint")}</p>
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-700"}`}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}
