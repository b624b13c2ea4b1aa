import type { ReactNode } from "react";
import { fieldMessage } from "./form-bits";

/**
 * A labelled input with its hint and its validation message underneath. The input sits at the
 * bottom of its cell, so inputs in one grid row line up when a label or hint wraps.
 */
export function FormField({
  label,
  hint,
  error,
  errorTestId,
  children,
}: {
  label: string;
  hint?: ReactNode;
  error?: string;
  errorTestId?: string;
  children: ReactNode;
}) {
  return (
    // The input (the second child) takes the free space above it, when the grid row is taller.
    <label className="flex flex-col text-sm [&>:nth-child(2)]:mt-auto">
      <span>
        <span className="font-medium">{label}</span>
        {hint && <span className="ms-1 text-xs font-normal text-slate-500">({hint})</span>}
      </span>
      {children}
      {error && (
        <span className="mt-1 block text-xs text-red-700" data-testid={errorTestId}>
          {fieldMessage(label, error)}
        </span>
      )}
    </label>
  );
}
