"use client";

import { FormField } from "@/components/admin/form-field";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { TestSendResult } from "@/lib/delivery/test-send";
import { testSendSchema } from "@/lib/senders/schemas-test-send";
import { adminFetch } from "@/components/admin/admin-fetch";
import { fieldErrorsOf, inputClass } from "@/components/admin/form-bits";
import { TestSendResultView } from "./test-send-result";

export function TestSendForm({ senderId, number }: { senderId: number; number: string }) {
  const router = useRouter();
  const [phone, setPhone] = useState("");
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState("");
  const [result, setResult] = useState<TestSendResult | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure("");
    const parsed = testSendSchema.safeParse({ phone_number: phone, message });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    setPending(true);
    setResult(null);
    const response = await adminFetch<TestSendResult>(`/api/admin/senders/${senderId}/test-send`, "POST", {
      phone_number: parsed.data.phone_number,
      ...(parsed.data.message ? { message: parsed.data.message } : {}),
    });
    setPending(false);
    if (!response.ok) {
      setFailure(response.detail);
      return;
    }
    setResult(response.data);
    // The line's last success/failure columns changed.
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid={`test-send-form-${number}`}>
      <p className="text-sm font-medium">Test send from {number}</p>
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-start">
        <FormField label="Phone" error={errors.phone_number}>
          <input
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            placeholder="09123456789"
            inputMode="tel"
            autoComplete="off"
            className={inputClass(Boolean(errors.phone_number))}
            data-testid="test-send-phone"
          />
        </FormField>
        <FormField label="Message" hint="optional" error={errors.message}>
          <input
            value={message}
            onChange={(event) => setMessage(event.target.value)}
            placeholder="a short test text"
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
          {pending ? "Sending…" : "Send test"}
        </button>
      </div>
      <p className="text-xs text-slate-500">Sends one real SMS in live mode (it costs credit). The attempt appears in the send log.</p>
      {failure && (
        <p role="alert" className="text-sm text-red-700">
          {failure}
        </p>
      )}
      {result && <TestSendResultView result={result} />}
    </form>
  );
}
