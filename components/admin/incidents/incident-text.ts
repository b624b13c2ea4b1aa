import { useTranslations } from "next-intl";
import type { Incident } from "@/lib/incidents/incident";

/** An incident's headline and its fix link's label, in the page's language. */
export function useIncidentText() {
  const t = useTranslations("incidents.kinds");
  return {
    title: (incident: Pick<Incident, "kind" | "line">) =>
      incident.line ? t(`${incident.kind}.titleLine`, { line: incident.line }) : t(`${incident.kind}.title`),
    fixLabel: (incident: Pick<Incident, "kind">) => t(`${incident.kind}.fix`),
  };
}
