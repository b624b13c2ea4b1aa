"use client";
// Every enabled line sends one test message to a phone the admin names: which lines work now.
import { useTranslations } from "next-intl";
import { useState, type SubmitEvent } from "react";
import { FormField } from "@/components/admin/form-field";
import { inputClass } from "@/components/admin/form-bits";
import { useAdminAction } from "@/components/admin/use-admin-action";
import type { TestSendResult } from "@/lib/delivery/test-send";
import { testSendSchema } from "@/lib/delivery/test-send-schema";
import { TestSendResultView } from "./test-send-result";

export function TestAllLines() {
  const t = useTranslations("senders");
  const [phone, setPhone] = useState("");
  const { submit, pending, errors, message, data } = useAdminAction<{ results: TestSendResult[] }>();

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(testSendSchema, { phone_number: phone }, (body) => ({ path: "/api/admin/senders/test-all", method: "POST", body }));
  }

  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="test-all-lines">
      <form onSubmit={handleSubmit} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-[12rem] flex-1">
          <FormField label={t("testAllLabel")} error={errors.phone_number}>
            <input
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
              placeholder="09123456789"
              dir="ltr"
              inputMode="tel"
              autoComplete="off"
              className={inputClass(Boolean(errors.phone_number))}
              data-testid="test-all-phone"
            />
          </FormField>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
          data-testid="test-all-submit"
        >
          {pending ? t("testing") : t("testAll")}
        </button>
      </form>
      <p className="text-xs text-slate-500">{t("testAllHint")}</p>
      {message?.tone === "error" && (
        <p role="alert" className="text-sm text-red-700">
          {message.text}
        </p>
      )}
      {data && (
        <ul className="space-y-2" data-testid="test-all-results">
          {data.results.map((result) => (
            <li key={result.attemptId} data-testid={`test-all-result-${result.sender}`} data-ok={result.ok}>
              <TestSendResultView result={result} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
