"use client";
// On every admin page: the open incidents, rendered by the server (so a reload shows them) and
// kept current live: a new one appears, a resolved one disappears, on every instance's console.
import { TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { adminFetch } from "@/components/admin/admin-fetch";
import { useIncidentEvents, useStreamState } from "@/components/admin/live/attempt-stream";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { Ltr } from "@/components/ui/ltr";
import { Time } from "@/components/ui/time";
import { incidentFix, incidentSeverity } from "@/lib/incidents/describe";
import { useIncidentText } from "./incident-text";
import type { Incident } from "@/lib/incidents/incident";

function upsert(incidents: Incident[], incident: Incident): Incident[] {
  if (incident.state === "resolved") return incidents.filter((other) => other.id !== incident.id);
  const others = incidents.filter((other) => other.id !== incident.id);
  return [incident, ...others].sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}

export function IncidentBanner({ initial, canWrite }: { initial: Incident[]; canWrite: boolean }) {
  const [incidents, setIncidents] = useState(initial);
  const [rendered, setRendered] = useState(initial);
  const [resyncs, setResyncs] = useState(0);
  // Events heard while a read of the open incidents is on its way: applied again on its answer.
  const heardDuringRead = useRef<Incident[] | null>(null);
  // A server render (router.refresh) may have started before the last event: shown at once, then read afresh.
  if (rendered !== initial) {
    setRendered(initial);
    setIncidents(initial);
    setResyncs((count) => count + 1);
  }
  useIncidentEvents(({ incident }) => {
    heardDuringRead.current?.push(incident);
    setIncidents((current) => upsert(current, incident));
  });
  // Whatever changed between the page's render and the stream's (re)connection is read once.
  const stream = useStreamState();
  useEffect(() => {
    if (stream !== "open") return;
    const heard: Incident[] = [];
    heardDuringRead.current = heard;
    void adminFetch<{ incidents: Incident[] }>("/api/admin/incidents", "GET").then((result) => {
      if (heardDuringRead.current === heard) heardDuringRead.current = null;
      if (result.ok)
        setIncidents(
          heard.reduce(
            upsert,
            result.data.incidents.filter((incident) => incident.state === "open"),
          ),
        );
    });
  }, [stream, resyncs]);
  if (incidents.length === 0) return <span hidden data-testid="incident-banner-empty" />;
  return (
    // The same red in both themes (the theme remaps the red scale): white and black tints only.
    <div role="alert" data-testid="incident-banner" className="border-b-4 border-black/25 bg-red-600 text-white shadow-lg">
      <ul className="mx-auto max-w-6xl divide-y divide-white/30 px-4">
        {incidents.map((incident) => (
          <IncidentLine
            key={incident.id}
            incident={incident}
            canWrite={canWrite}
            onChange={(next) => setIncidents((current) => upsert(current, next))}
          />
        ))}
      </ul>
    </div>
  );
}

function IncidentLine({ incident, canWrite, onChange }: { incident: Incident; canWrite: boolean; onChange: (incident: Incident) => void }) {
  const t = useTranslations("incidents");
  const text = useIncidentText();
  const acknowledge = useAdminAction<{ incident: Incident }>({ onSuccess: (data) => onChange(data.incident) });
  const fix = incidentFix(incident.kind);
  const quiet = incident.acknowledgedAt !== null;
  return (
    <li
      className={`flex flex-col gap-2 py-3 sm:flex-row sm:items-start ${quiet ? "-mx-4 bg-black/10 px-4" : ""}`}
      data-testid="incident"
      data-kind={incident.kind}
      data-cause={incident.cause}
      data-severity={incidentSeverity(incident.kind)}
    >
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-semibold" data-testid="incident-title">
          <TriangleAlert aria-hidden="true" className="me-1.5 inline h-4 w-4 align-[-2px]" />
          {text.title(incident)}
          {incident.providerStatus !== null && incident.providerStatus !== 200 && (
            <>
              {" "}
              <Ltr className="whitespace-nowrap">({incident.providerStatus})</Ltr>
            </>
          )}
        </p>
        {incident.providerMessage && (
          <p dir="rtl" lang="fa" className="inline-block rounded bg-black/25 px-1.5 text-base" data-testid="incident-message">
            {incident.providerMessage}
          </p>
        )}
        {incident.detail && <p className="text-sm">{text.detail(incident)}</p>}
        <p className="text-xs text-white">
          {t.rich("banner.summary", {
            count: incident.count,
            first: () => <Time iso={incident.firstAt} />,
            last: () => <Time iso={incident.lastAt} />,
          })}
          {quiet && ` ${t("banner.acknowledgedBy", { who: incident.acknowledgedBy ?? t("anAdmin") })}`}
        </p>
        {acknowledge.message?.tone === "error" && <p className="text-sm text-white">{acknowledge.message.text}</p>}
      </div>
      <div className="flex shrink-0 flex-wrap items-center gap-2">
        {canWrite ? (
          <Link
            href={fix.path}
            className="rounded-md bg-[#fff] px-3 py-1.5 text-sm font-semibold text-[#b91c1c] shadow-sm hover:bg-[#fff]/90"
            data-testid="incident-fix"
          >
            {text.fixLabel(incident)}
          </Link>
        ) : (
          <span className="text-sm text-white" data-testid="incident-viewer-note">
            {t("banner.askAdmin")}
          </span>
        )}
        {canWrite && !quiet && (
          <button
            type="button"
            disabled={acknowledge.pending}
            onClick={() => void acknowledge.send({ path: `/api/admin/incidents/${incident.id}/acknowledge`, method: "POST" })}
            className="rounded-md px-2 py-1.5 text-sm text-white ring-1 ring-white/60 hover:bg-black/15"
            data-testid="incident-acknowledge"
          >
            {t("banner.acknowledge")}
          </button>
        )}
      </div>
    </li>
  );
}
