import Link from "next/link";
import type { ReactNode } from "react";
import type { SendAttemptDetail } from "@/lib/send-log/query";
import { formatLatency, formatRials, formatUtc } from "@/components/ui/format";
import { describeDeliveryStatus } from "@/lib/send-log/delivery-outcome";
import { DeliveryStatusBadge } from "./delivery-status";
import { OutcomeBadge } from "./outcome-badge";

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="break-all">{children}</dd>
    </>
  );
}

export function AttemptSummary({ attempt }: { attempt: SendAttemptDetail }) {
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-2">
        <OutcomeBadge outcome={attempt.outcome} />
        <span className="text-sm text-slate-600">{formatUtc(attempt.createdAt)} UTC</span>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <Item label="Phone">
          <Link className="font-mono underline" href={`/admin/send-log?phone=${encodeURIComponent(attempt.phone)}`} data-testid="phone-attempts-link">
            {attempt.phone}
          </Link>{" "}
          <span className="text-xs text-slate-500">(all attempts for this phone)</span>
        </Item>
        <Item label="Sender line">
          {attempt.sender ? (
            <Link className="font-mono underline" href={`/admin/send-log?sender=${encodeURIComponent(attempt.sender)}`}>
              {attempt.sender}
            </Link>
          ) : (
            "– (the account's default)"
          )}
        </Item>
        <Item label="Method">{attempt.method === "lookup" ? "lookup (verify template)" : "sms"}</Item>
        <Item label="Purpose">{attempt.purpose}</Item>
        <Item label="Message id">{attempt.messageId ?? "–"}</Item>
        <Item label="Delivery">
          <DeliveryStatus attempt={attempt} />
        </Item>
        <Item label="Cost">{formatRials(attempt.cost)}</Item>
        <Item label="Latency">{formatLatency(attempt.latencyMs)}</Item>
        <Item label="Error code">{attempt.errorCode ?? "–"}</Item>
        <Item label="Attempt id">{attempt.id}</Item>
      </dl>
    </section>
  );
}

function DeliveryStatus({ attempt }: { attempt: SendAttemptDetail }) {
  if (attempt.outcome === "failed") return "– (not sent)";
  const text = describeDeliveryStatus(attempt.deliveryStatus);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1 break-normal">
      <DeliveryStatusBadge attempt={attempt} />
      <span className="text-slate-600">{attempt.deliveryStatus === null ? text.english : `${attempt.deliveryStatus}: ${text.english}`}</span>
      {attempt.deliveryStatusAt && (
        <span className="text-xs text-slate-500" data-testid="delivery-status-at">
          changed {formatUtc(attempt.deliveryStatusAt)} UTC
        </span>
      )}
    </span>
  );
}
