"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/admin/form-field";
import { useState, type SubmitEvent } from "react";
import type { TestSendResult } from "@/lib/delivery/test-send";
import { testSendSchema } from "@/lib/delivery/test-send-schema";
import { inputClass } from "@/components/admin/form-bits";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { TestSendResultView } from "./test-send-result";

export function TestSendForm({ senderId, number }: { senderId: number; number: string }) {
  const t = useTranslations("senders");
  const [phone, setPhone] = useState("");
  const [message, setMessage] = useState("");
  const { submit, pending, errors, message: failure, data: result } = useAdminAction<TestSendResult>();

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty message is parsed to undefined, which JSON leaves out: the server then sends its default text.
    void submit(testSendSchema, { phone_number: phone, message }, (body) => ({
      path: `/api/admin/senders/${senderId}/test-send`,
      method: "POST",
      body,
    }));
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-3" data-testid={`test-send-form-${number}`}>
      <p className="text-sm font-medium">{t.rich("testFrom", { number, ltr: (text) => <bdi dir="ltr">{text}</bdi> })}</p>
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-start">
        <FormField label={t("phone")} error={errors.phone_number}>
          <input
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            placeholder="09123456789"
            dir="ltr"
            inputMode="tel"
            autoComplete="off"
            className={inputClass(Boolean(errors.phone_number))}
            data-testid="test-send-phone"
          />
        </FormField>
        <FormField label={t("message")} hint={t("optional")} error={errors.message}>
          <input
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            placeholder={t("messagePlaceholder")}
            dir="auto"
            className={inputClass(Boolean(errors.message))}
            data-testid="test-send-message"
          />
        </FormField>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 sm:mt-6"
          data-testid="test-send-submit"
        >
          {pending ? t("sending") : t("sendTest")}
        </button>
      </div>
      <p className="text-xs text-slate-500">{t("testHint")}</p>
      {failure && (
        <p role="alert" className="text-sm text-red-700">
          {failure.text}
        </p>
      )}
      {result && <TestSendResultView result={result} />}
    </form>
  );
}
