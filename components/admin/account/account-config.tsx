import { formatRials } from "@/components/ui/format";

// In this order; settings Kavenegar adds later follow under their own names.
const LABELS: Record<string, string> = {
  defaultsender: "Default sender line",
  mincreditalarm: "Low-credit alarm",
  apilogs: "API logs",
  dailyreport: "Daily report",
  debugmode: "Debug mode",
  resendfailed: "Resend failed messages",
};

function display(name: string, value: string): string {
  if (name === "mincreditalarm" && /^\d+$/.test(value)) return formatRials(Number(value));
  return value === "" ? "–" : value;
}

function ordered(config: Record<string, string>): [string, string][] {
  const known = Object.keys(LABELS);
  const rank = (name: string) => (known.includes(name) ? known.indexOf(name) : known.length);
  return Object.entries(config).sort(([a], [b]) => rank(a) - rank(b));
}

export function AccountConfig({ config }: { config: Record<string, string> | null }) {
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="account-config">
      <h2 className="font-semibold">Account settings (account/config)</h2>
      {config === null ? (
        <p className="text-sm text-slate-600">Not available: the last refresh could not read them.</p>
      ) : (
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          {ordered(config).map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-slate-500">
                {LABELS[name] ?? name} <code className="text-xs text-slate-400">{name}</code>
              </dt>
              <dd className="font-mono">{display(name, value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
