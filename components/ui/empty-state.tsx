import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** What a page or list says when there is nothing to show yet, and why. */
export function EmptyState({ icon: Icon, testId, children }: { icon: LucideIcon; testId?: string; children: ReactNode }) {
  return (
    <div
      className="flex flex-col items-center gap-2 rounded-lg bg-white p-6 text-center text-sm text-slate-600 shadow-sm ring-1 ring-slate-200"
      data-testid={testId}
    >
      <Icon aria-hidden="true" className="h-6 w-6 text-slate-500" />
      <p>{children}</p>
    </div>
  );
}
