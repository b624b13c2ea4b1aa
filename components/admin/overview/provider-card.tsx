import Link from "next/link";
import { formatUtcDateTime } from "@/components/ui/format";
import { ModeBadge } from "@/components/ui/mode-badge";
import { incidentFix, incidentTitle } from "@/lib/incidents/describe";
import type { Incident } from "@/lib/incidents/incident";
import type { SenderLine } from "@/lib/senders/store";
import { senderKindLabels } from "@/lib/senders/kind";
import { Card, Warning } from "./card";

export function ProviderCard({ mode }: { mode: "sandbox" | "live" }) {
  return (
    <Card title="Provider" testId="overview-provider">
      <ModeBadge mode={mode} />
      <p className="text-sm text-slate-600">
        {mode === "sandbox"
          ? "Requests go to the built-in Kavenegar simulator; set KAVENEGAR_API_KEY to send real SMS."
          : "Requests go to Kavenegar with the configured API key."}
      </p>
    </Card>
  );
}

/** `incident`: the open incident of the active line (refused, or not delivering), if any. */
export function ActiveSenderCard({ line, incident }: { line: SenderLine | null; incident: Incident | null }) {
  const failingNow = line?.lastFailureAt && (!line.lastSuccessAt || line.lastFailureAt > line.lastSuccessAt);
  return (
    <Card
      title="Active sender line"
      testId="overview-active-sender"
      action={
        <Link href="/admin/senders" className="text-sm text-slate-700 underline underline-offset-2">
          Sender lines
        </Link>
      }
    >
      {line ? (
        <div className="space-y-1">
          <p className="font-mono text-2xl font-semibold" data-testid="active-sender-number">
            {line.number}
          </p>
          <p className="text-sm text-slate-600">
            {senderKindLabels[line.kind]}
            {line.label ? ` · ${line.label}` : ""}
          </p>
        </div>
      ) : (
        <Warning tone="red">No active sender line: OTPs by plain SMS cannot be sent. Set one active.</Warning>
      )}
      {line && incident && (
        <div className="space-y-2 rounded-md bg-red-50 p-2 text-sm text-red-800 ring-1 ring-red-200" data-testid="active-line-failing">
          <p>
            <strong>Active line failing since {formatUtcDateTime(incident.firstAt)}</strong> (
            {incident.count === 1 ? "once" : `${incident.count} times`}): {incidentTitle(incident)}.
          </p>
          <Link
            href={`${incidentFix(incident.kind).path}#sender-${line.number}`}
            className="inline-block rounded-md bg-red-700 px-3 py-1.5 font-semibold text-white hover:bg-red-800"
            data-testid="active-line-fix"
          >
            Switch to a working line
          </Link>
        </div>
      )}
      {line && !incident && failingNow && (
        <Warning tone="red">
          Its last send failed with status <span className="font-mono font-semibold">{line.lastFailureCode}</span> at{" "}
          {line.lastFailureAt?.toISOString().slice(0, 19).replace("T", " ")} UTC.
        </Warning>
      )}
    </Card>
  );
}
