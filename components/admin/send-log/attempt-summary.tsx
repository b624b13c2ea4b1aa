import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Ltr } from "@/components/ui/ltr";
import { Time } from "@/components/ui/time";
import { useFormat } from "@/components/ui/use-format";
import type { SendAttemptDetail } from "@/lib/send-log/query";
import { DeliveryStatusBadge, useDeliveryMeaning } from "./delivery-status";
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
  const t = useTranslations("sendLog.detail");
  const kinds = useTranslations("attempts");
  const format = useFormat();
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-2">
        <OutcomeBadge outcome={attempt.outcome} />
        <Time iso={attempt.createdAt} seconds className="text-sm text-slate-600" />
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <Item label={t("phone")}>
          <Link className="underline" href={`/admin/send-log?phone=${encodeURIComponent(attempt.phone)}`} data-testid="phone-attempts-link">
            <Ltr>{attempt.phone}</Ltr>
          </Link>{" "}
          <span className="text-xs text-slate-500">{t("allForPhone")}</span>
        </Item>
        <Item label={t("sender")}>
          {attempt.sender ? (
            <Link className="underline" href={`/admin/send-log?sender=${encodeURIComponent(attempt.sender)}`}>
              <Ltr>{attempt.sender}</Ltr>
            </Link>
          ) : (
            t("defaultSender")
          )}
        </Item>
        <Item label={t("method")}>{attempt.method === "lookup" ? t("lookupMethod") : kinds("methods.sms")}</Item>
        <Item label={t("purpose")}>{kinds(`purposes.${attempt.purpose}`)}</Item>
        <Item label={t("messageId")}>
          <Ltr>{attempt.messageId ?? "–"}</Ltr>
        </Item>
        <Item label={t("delivery")}>
          <DeliveryStatus attempt={attempt} />
        </Item>
        <Item label={t("cost")}>{format.rials(attempt.cost)}</Item>
        <Item label={t("latency")}>{format.latency(attempt.latencyMs)}</Item>
        <Item label={t("errorCode")}>
          <Ltr>{attempt.errorCode ?? "–"}</Ltr>
        </Item>
        <Item label={t("attemptId")}>
          <Ltr>{attempt.id}</Ltr>
        </Item>
      </dl>
    </section>
  );
}

function DeliveryStatus({ attempt }: { attempt: SendAttemptDetail }) {
  const t = useTranslations("sendLog.detail");
  const meaning = useDeliveryMeaning();
  if (attempt.outcome === "failed") return t("notSent");
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1 break-normal">
      <DeliveryStatusBadge attempt={attempt} />
      <span className="text-slate-600">
        {attempt.deliveryStatus === null ? meaning(null) : `${attempt.deliveryStatus}: ${meaning(attempt.deliveryStatus)}`}
      </span>
      {attempt.deliveryStatusAt && (
        <span className="text-xs text-slate-500" data-testid="delivery-status-at">
          {t.rich("changed", { time: () => <Time iso={attempt.deliveryStatusAt ?? ""} seconds /> })}
        </span>
      )}
    </span>
  );
}
