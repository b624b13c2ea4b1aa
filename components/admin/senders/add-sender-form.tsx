"use client";

import { FormField } from "@/components/admin/form-field";
import { useState, type SubmitEvent } from "react";
import { describeSenderNumber } from "@/lib/senders/kind-detail";
import { senderCreateSchema } from "@/lib/senders/schemas";
import { fieldMessage, inputClass } from "@/components/admin/form-bits";
import { useAdminAction } from "@/components/admin/use-admin-action";

export function AddSenderForm() {
  const [number, setNumber] = useState("");
  const [label, setLabel] = useState("");
  const [priority, setPriority] = useState("100");
  const { submit, pending, errors, message, clearErrors } = useAdminAction({
    onSuccess: () => {
      setNumber("");
      setLabel("");
      setPriority("100");
    },
    successMessage: (line: { number: string }) => `Line ${line.number} added.`,
  });

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(senderCreateSchema, { number, label, priority }, (body) => ({ path: "/api/admin/senders", method: "POST", body }));
  }

  const kind = describeSenderNumber(number);
  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      data-testid="add-sender-form"
    >
      <h2 className="font-semibold">Add line</h2>
      <div className="grid gap-3 sm:grid-cols-[2fr_2fr_1fr_auto] sm:items-start">
        <label className="block space-y-1 text-sm">
          <span className="font-medium">Number</span>
          <input
            name="number"
            value={number}
            onChange={(event) => {
              setNumber(event.target.value);
              clearErrors();
            }}
            placeholder="e.g. 20005006666"
            inputMode="text"
            autoComplete="off"
            className={inputClass(Boolean(errors.number))}
            data-testid="add-sender-number"
          />
          <span className="block min-h-5 text-xs text-slate-600" data-testid="add-sender-kind" aria-live="polite">
            {errors.number ? (
              <span className="text-red-700">{fieldMessage("Number", errors.number)}</span>
            ) : (
              kind || "The kind is inferred from the number."
            )}
          </span>
        </label>
        <FormField label="Label" error={errors.label}>
          <input
            name="label"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            placeholder="optional"
            className={inputClass(Boolean(errors.label))}
          />
        </FormField>
        <FormField label="Priority" error={errors.priority}>
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
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 sm:mt-6"
          data-testid="add-sender-submit"
        >
          {pending ? "Adding…" : "Add line"}
        </button>
      </div>
      <p className="text-xs text-slate-500">Lower priority numbers are tried first when failover goes to the next line.</p>
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
