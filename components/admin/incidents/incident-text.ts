import { useLocale, useTranslations } from "next-intl";
import { useKavenegarText } from "@/components/admin/live/status-text";
import type { Incident } from "@/lib/incidents/incident";

/** An incident's headline, its fix link's label and its detail, in the page's language. */
export function useIncidentText() {
  const t = useTranslations("incidents.kinds");
  const details = useTranslations("incidents.details") as unknown as (key: string, params: object) => string;
  const locale = useLocale();
  const kavenegarText = useKavenegarText();
  return {
    title: (incident: Pick<Incident, "kind" | "line">) =>
      incident.line ? t(`${incident.kind}.titleLine`, { line: incident.line }) : t(`${incident.kind}.title`),
    fixLabel: (incident: Pick<Incident, "kind">) => t(`${incident.kind}.fix`),
    /** The detail's message in the page's language; without one, what Kavenegar's status means, else the server's English. */
    detail: (incident: Pick<Incident, "detail" | "detailMessage" | "providerStatus">) => {
      if (incident.detailMessage) return details(incident.detailMessage.key, incident.detailMessage.params);
      const ours = locale === "en" || incident.providerStatus === null ? null : kavenegarText(incident.providerStatus);
      return ours?.meaning ?? incident.detail;
    },
  };
}
