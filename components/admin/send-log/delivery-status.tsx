import { useTranslations } from "next-intl";
import { describeDeliveryStatus, type DeliveryOutcome } from "@/lib/send-log/delivery-outcome";
import type { SendAttempt } from "@/lib/send-log/attempt";

const TONES: Record<DeliveryOutcome, string> = {
  delivered: "bg-emerald-100 text-emerald-800 ring-emerald-300",
  undelivered: "bg-red-100 text-red-800 ring-red-300",
  pending: "bg-slate-100 text-slate-700 ring-slate-300",
  other: "bg-slate-100 text-slate-700 ring-slate-300",
};

type DeliveryFields = Pick<SendAttempt, "outcome" | "deliveryStatus">;

/** An accepted message's delivery status in the page's words, toned by what it means (Kavenegar's own on hover); a dash for a failed send. */
export function DeliveryStatusBadge({ attempt }: { attempt: DeliveryFields }) {
  const meaning = useDeliveryMeaning();
  if (attempt.outcome === "failed") return <span className="text-slate-500">–</span>;
  const text = describeDeliveryStatus(attempt.deliveryStatus);
  return (
    <span
      data-testid="delivery-status"
      data-delivery-status={attempt.deliveryStatus ?? ""}
      data-delivery-outcome={text.outcome}
      title={text.persian ? `${text.persian} (${attempt.deliveryStatus ?? ""})` : undefined}
      className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${TONES[text.outcome]}`}
    >
      {meaning(attempt.deliveryStatus).replace(/\.$/, "")}
    </span>
  );
}

type DeliveryKey = Parameters<ReturnType<typeof useTranslations<"kavenegar">>>[0];

/** Our words for a delivery status, in the page's language. */
export function useDeliveryMeaning(): (status: number | null) => string {
  const t = useTranslations("kavenegar");
  return (status) => {
    if (status === null) return t("notAsked");
    const key = `delivery.s${status}` as DeliveryKey;
    return t.has(key) ? t(key) : t("undocumentedDelivery", { status: String(status) });
  };
}
