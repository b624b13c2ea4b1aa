import { useTranslations } from "next-intl";
import Link from "next/link";
import { useIncidentText } from "@/components/admin/incidents/incident-text";
import { Ltr } from "@/components/ui/ltr";
import { ModeBadge } from "@/components/ui/mode-badge";
import { Time } from "@/components/ui/time";
import { incidentFix } from "@/lib/incidents/describe";
import type { Incident } from "@/lib/incidents/incident";
import type { SenderLine } from "@/lib/senders/store";
import { Card, Warning } from "./card";

export function ProviderCard({ mode }: { mode: "sandbox" | "live" }) {
  const t = useTranslations("overview.provider");
  return (
    <Card title={t("title")} testId="overview-provider">
      <ModeBadge mode={mode} />
      <p className="text-sm text-slate-600">{t(mode)}</p>
    </Card>
  );
}

/** `incident`: the open incident of the active line (refused, or not delivering), if any. */
export function ActiveSenderCard({ line, incident }: { line: SenderLine | null; incident: Incident | null }) {
  const t = useTranslations("overview.activeLine");
  const kinds = useTranslations("senders.kinds");
  const incidentText = useIncidentText();
  const failingNow = line?.lastFailureAt && (!line.lastSuccessAt || line.lastFailureAt > line.lastSuccessAt);
  return (
    <Card
      title={t("title")}
      testId="overview-active-sender"
      action={
        <Link href="/admin/senders" className="text-sm text-slate-700 underline underline-offset-2">
          {t("link")}
        </Link>
      }
    >
      {line ? (
        <div className="space-y-1">
          <p className="text-2xl font-semibold" data-testid="active-sender-number">
            <Ltr>{line.number}</Ltr>
          </p>
          <p className="text-sm text-slate-600">
            {kinds(line.kind)}
            {line.label ? ` · ${line.label}` : ""}
          </p>
        </div>
      ) : (
        <Warning tone="red">{t("none")}</Warning>
      )}
      {line && incident && (
        <div className="space-y-2 rounded-md bg-red-50 p-2 text-sm text-red-800 ring-1 ring-red-200" data-testid="active-line-failing">
          <p>
            {t.rich("failing", {
              strong: (text) => <strong>{text}</strong>,
              since: () => <Time iso={incident.firstAt} />,
              count: incident.count,
              title: incidentText.title(incident),
            })}
          </p>
          <Link
            href={`${incidentFix(incident.kind).path}#sender-${line.number}`}
            className="inline-block rounded-md bg-red-700 px-3 py-1.5 font-semibold text-white hover:bg-red-800"
            data-testid="active-line-fix"
          >
            {t("fix")}
          </Link>
        </div>
      )}
      {line && !incident && failingNow && line.lastFailureAt && (
        <Warning tone="red">
          {t.rich("lastFailed", {
            status: () => <Ltr className="font-mono font-semibold">{line.lastFailureCode}</Ltr>,
            at: () => <Time iso={line.lastFailureAt?.toISOString() ?? ""} />,
          })}
        </Warning>
      )}
    </Card>
  );
}
