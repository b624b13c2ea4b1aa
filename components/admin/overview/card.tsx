import type { ReactNode } from "react";

export function Card({ title, testId, action, children }: { title: ReactNode; testId?: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="min-w-0 space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid={testId}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export function Warning({ children, tone = "amber" }: { children: ReactNode; tone?: "amber" | "red" }) {
  const look = tone === "red" ? "bg-red-50 text-red-800 ring-red-200" : "bg-amber-50 text-amber-900 ring-amber-200";
  return (
    <p className={`rounded-md p-2 text-sm ring-1 ${look}`} data-testid="overview-warning">
      {children}
    </p>
  );
}
