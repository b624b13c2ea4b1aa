import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ZodType } from "zod";
import { adminFetch } from "./admin-fetch";
import { useFailureText } from "./error-text";
import { fieldErrorsOf, useIssueText } from "./form-bits";

export interface AdminRequest {
  path: string;
  method: "POST" | "PATCH" | "DELETE";
  body?: unknown;
}

export interface ActionMessage {
  tone: "error" | "ok";
  text: string;
}

export interface AdminActionOptions<Data> {
  onSuccess?: (data: Data) => void;
  /** Shown as a status after a success. */
  successMessage?: (data: Data) => string;
  /** Shown as an alert, besides the field errors, when the input fails its schema. */
  invalidMessage?: string;
  /** Re-read the page even when the request failed. */
  refreshOnFailure?: boolean;
}

/** An admin write from a form or a button: validate, send, then show the API's `detail` or refresh the page. */
export function useAdminAction<Data = unknown>(options: AdminActionOptions<Data> = {}) {
  const router = useRouter();
  const failureText = useFailureText();
  const issueText = useIssueText();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<ActionMessage | null>(null);
  // The last success's answer; a new request clears it so a stale result is never shown beside a new one.
  const [data, setData] = useState<Data | null>(null);

  async function send(request: AdminRequest): Promise<void> {
    setPending(true);
    setMessage(null);
    setData(null);
    const result = await adminFetch<Data>(request.path, request.method, request.body);
    setPending(false);
    if (result.ok) {
      setData(result.data);
      options.onSuccess?.(result.data);
      if (options.successMessage) setMessage({ tone: "ok", text: options.successMessage(result.data) });
    } else {
      setMessage({ tone: "error", text: failureText(result) });
    }
    if (result.ok || options.refreshOnFailure) router.refresh();
  }

  /** The same schema as the API: the form refuses what the server would, and says so next to each field. */
  async function submit<Valid>(schema: ZodType<Valid>, input: unknown, request: (valid: Valid) => AdminRequest): Promise<void> {
    setMessage(null);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error, issueText));
      if (options.invalidMessage) setMessage({ tone: "error", text: options.invalidMessage });
      return;
    }
    setErrors({});
    await send(request(parsed.data));
  }

  return {
    pending,
    errors,
    message,
    data,
    send,
    submit,
    clearErrors: () => setErrors({}),
    clearMessage: () => setMessage(null),
  };
}
