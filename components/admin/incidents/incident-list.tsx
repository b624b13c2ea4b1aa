import { ShieldCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { Ltr } from "@/components/ui/ltr";
import { Time } from "@/components/ui/time";
import { incidentFix, incidentSeverity } from "@/lib/incidents/describe";
import { useIncidentText } from "./incident-text";
import type { Incident } from "@/lib/incidents/incident";

const severityBorders = { critical: "border-s-red-600", warning: "border-s-amber-500" } as const;

export function IncidentList({ incidents }: { incidents: Incident[] }) {
  const t = useTranslations("incidents");
  if (incidents.length === 0) {
    return (
      <EmptyState icon={ShieldCheck} testId="incident-list-empty">
        {t("empty")}
      </EmptyState>
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
  const t = useTranslations("incidents");
  const text = useIncidentText();
  const open = incident.state === "open";
  const severity = incidentSeverity(incident.kind);
  const fix = incidentFix(incident.kind);
  return (
    <li
      className={`space-y-2 rounded-lg border-s-4 bg-white p-4 shadow-sm ring-1 ring-slate-200 ${open ? severityBorders[severity] : "border-s-slate-300"}`}
      data-testid="incident-row"
      data-state={incident.state}
      data-kind={incident.kind}
      data-severity={severity}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <StateBadge open={open} severity={severity} />
          <h2 className="font-semibold">
            {text.title(incident)}
            {incident.providerStatus !== null && incident.providerStatus !== 200 && (
              <>
                {" "}
                <Ltr className="whitespace-nowrap">({incident.providerStatus})</Ltr>
              </>
            )}
          </h2>
        </div>
        <Link
          href={fix.path}
          className="rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-100"
        >
          {text.fixLabel(incident)}{" "}
          <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
            →
          </span>
        </Link>
      </div>
      {incident.providerMessage && (
        <p dir="rtl" lang="fa" className="inline-block rounded bg-slate-100 px-1.5 text-base">
          {incident.providerMessage}
        </p>
      )}
      {incident.detail && <p className="text-sm text-slate-700">{text.detail(incident)}</p>}
      <dl className="grid gap-x-6 gap-y-1 text-xs text-slate-600 sm:grid-cols-2 lg:grid-cols-3">
        {incident.line && <Fact term={t("line")} value={<Ltr>{incident.line}</Ltr>} />}
        <Fact term={t("seen")} value={t("times", { count: incident.count })} />
        <Fact term={t("first")} value={<Time iso={incident.firstAt} />} />
        <Fact term={t("last")} value={<Time iso={incident.lastAt} />} />
        {incident.resolvedAt && <Fact term={t("resolvedAt")} value={<Time iso={incident.resolvedAt} />} />}
        {incident.acknowledgedAt && (
          <Fact
            term={t("acknowledged")}
            value={t.rich("acknowledgedBy", {
              who: incident.acknowledgedBy ?? t("anAdmin"),
              time: () => <Time iso={incident.acknowledgedAt ?? ""} />,
            })}
          />
        )}
      </dl>
    </li>
  );
}

function StateBadge({ open, severity }: { open: boolean; severity: "critical" | "warning" }) {
  const t = useTranslations("incidents");
  const tone = !open
    ? "bg-emerald-100 text-emerald-800 ring-emerald-300"
    : severity === "critical"
      ? "bg-red-100 text-red-800 ring-red-300"
      : "bg-amber-100 text-amber-900 ring-amber-300";
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${tone}`}>{t(open ? "open" : "resolved")}</span>;
}

function Fact({ term, value }: { term: string; value: ReactNode }) {
  return (
    <div>
      <dt className="inline font-medium text-slate-700">{term}: </dt>
      <dd className="inline">{value}</dd>
    </div>
  );
}
