import Link from "next/link";
import type { ReactNode } from "react";
import { formatUtcDateTime } from "@/components/ui/format";
import { incidentFix, incidentSeverity, incidentTitle } from "@/lib/incidents/describe";
import type { Incident } from "@/lib/incidents/incident";

const severityBorders = { critical: "border-l-red-600", warning: "border-l-amber-500" } as const;

export function IncidentList({ incidents }: { incidents: Incident[] }) {
  if (incidents.length === 0) {
    return (
      <p className="rounded-lg bg-white p-6 text-center text-sm text-slate-500 shadow-sm ring-1 ring-slate-200" data-testid="incident-list-empty">
        No incidents so far: every send has gone as expected.
      </p>
    );
  }
  return (
    <ul className="space-y-3" data-testid="incident-list">
      {incidents.map((incident) => (
        <IncidentRow key={incident.id} incident={incident} />
      ))}
    </ul>
  );
}

function IncidentRow({ incident }: { incident: Incident }) {
  const open = incident.state === "open";
  const severity = incidentSeverity(incident.kind);
  const fix = incidentFix(incident.kind);
  return (
    <li
      className={`space-y-2 rounded-lg border-l-4 bg-white p-4 shadow-sm ring-1 ring-slate-200 ${open ? severityBorders[severity] : "border-l-slate-300"}`}
      data-testid="incident-row"
      data-state={incident.state}
      data-kind={incident.kind}
      data-severity={severity}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <StateBadge open={open} severity={severity} />
          <h2 className="font-semibold">
            {incidentTitle(incident)}
            {incident.providerStatus !== null && incident.providerStatus !== 200 && <span className="font-mono"> ({incident.providerStatus})</span>}
          </h2>
        </div>
        <Link
          href={fix.path}
          className="rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
        >
          {fix.label} →
        </Link>
      </div>
      {incident.providerMessage && (
        <p dir="rtl" lang="fa" className="inline-block rounded bg-slate-100 px-1.5 text-base">
          {incident.providerMessage}
        </p>
      )}
      {incident.detail && <p className="text-sm text-slate-700">{incident.detail}</p>}
      <dl className="grid gap-x-6 gap-y-1 text-xs text-slate-600 sm:grid-cols-2 lg:grid-cols-3">
        {incident.line && <Fact term="Line" value={<span className="font-mono">{incident.line}</span>} />}
        <Fact term="Seen" value={incident.count === 1 ? "once" : `${incident.count} times`} />
        <Fact term="First" value={<Time iso={incident.firstAt} />} />
        <Fact term="Last" value={<Time iso={incident.lastAt} />} />
        {incident.resolvedAt && <Fact term="Resolved" value={<Time iso={incident.resolvedAt} />} />}
        {incident.acknowledgedAt && (
          <Fact
            term="Acknowledged"
            value={
              <>
                by {incident.acknowledgedBy ?? "an admin"}, <Time iso={incident.acknowledgedAt} />
              </>
            }
          />
        )}
      </dl>
    </li>
  );
}

function StateBadge({ open, severity }: { open: boolean; severity: "critical" | "warning" }) {
  const tone = !open
    ? "bg-emerald-100 text-emerald-800 ring-emerald-300"
    : severity === "critical"
      ? "bg-red-100 text-red-800 ring-red-300"
      : "bg-amber-100 text-amber-900 ring-amber-300";
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${tone}`}>{open ? "open" : "resolved"}</span>;
}

function Fact({ term, value }: { term: string; value: ReactNode }) {
  return (
    <div>
      <dt className="inline font-medium text-slate-700">{term}: </dt>
      <dd className="inline">{value}</dd>
    </div>
  );
}

function Time({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatUtcDateTime(iso)}</time>;
}
