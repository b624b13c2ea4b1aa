// What every console page shows while its data loads: the page's shape, in grey.
export function PageSkeleton() {
  return (
    <div className="animate-pulse space-y-4" aria-busy="true" data-testid="page-loading">
      <div className="h-7 w-48 rounded bg-slate-200" />
      <div className="h-4 w-full max-w-xl rounded bg-slate-200" />
      <div className="grid gap-4 md:grid-cols-3">
        {[0, 1, 2].map((card) => (
          <div key={card} className="h-32 rounded-lg bg-white shadow-sm ring-1 ring-slate-200" />
        ))}
      </div>
      <div className="space-y-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        {[0, 1, 2, 3, 4].map((row) => (
          <div key={row} className="h-5 rounded bg-slate-100" />
        ))}
      </div>
    </div>
  );
}
