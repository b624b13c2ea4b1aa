import type { ReactNode } from "react";
import { fieldMessage } from "./form-bits";

/** A labelled input with its hint and its validation message underneath. */
export function FormField({
  label,
  hint,
  error,
  errorTestId,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  errorTestId?: string;
  children: ReactNode;
}) {
  return (
    <label className="block space-y-1 text-sm">
      <span className="font-medium">{label}</span>
      {hint && <span className="ms-1 text-xs font-normal text-slate-500">({hint})</span>}
      {children}
      {error && (
        <span className="block text-xs text-red-700" data-testid={errorTestId}>
          {fieldMessage(label, error)}
        </span>
      )}
    </label>
  );
}
