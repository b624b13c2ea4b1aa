import { BellOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { stacked } from "@/components/ui/stacked-table";
import { Time } from "@/components/ui/time";
import { useFormat } from "@/components/ui/use-format";
import type { NotificationDeliveryView } from "@/lib/notifications/dispatch";

const outcomeTones: Record<NotificationDeliveryView["outcome"], string> = {
  sent: "bg-emerald-100 text-emerald-800 ring-emerald-300",
  failed: "bg-red-100 text-red-800 ring-red-300",
  pending: "bg-amber-100 text-amber-900 ring-amber-300",
};

/** A trailing status code, as in "… line 10008663 (412)", never wraps onto a line of its own. */
const keepCodeAttached = (title: string) => title.replace(/ (\(\d+\))$/, "\u00a0$1");

const columns = ["time", "channel", "event", "title", "outcome", "tries", "result"] as const;

export function NotificationDeliveries({ deliveries }: { deliveries: NotificationDeliveryView[] }) {
  const t = useTranslations("notify.deliveries");
  const format = useFormat();
  return (
    <section className="space-y-3" data-testid="notification-deliveries">
      <div className="space-y-1">
        <h2 className="font-semibold">{t("heading")}</h2>
        <p className="text-xs text-slate-600">{t("intro")}</p>
      </div>
      {deliveries.length === 0 ? (
        <EmptyState icon={BellOff} testId="notification-deliveries-empty">
          {t("empty")}
        </EmptyState>
      ) : (
        <div className={stacked.frame} tabIndex={0}>
          <table className={`${stacked.table} divide-y divide-slate-200`}>
            <thead className={stacked.head}>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className={stacked.th}>
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className={`${stacked.body} divide-y divide-slate-100 max-sm:divide-y-0`}>
              {deliveries.map((delivery) => (
                <tr
                  key={delivery.id}
                  className={`${stacked.row} align-top`}
                  data-testid="notification-delivery"
                  data-channel={delivery.channel}
                  data-event={delivery.event}
                  data-outcome={delivery.outcome}
                >
                  <td className={`${stacked.cell} whitespace-nowrap text-slate-600`} data-label={t("time")}>
                    <Time iso={delivery.createdAt} seconds />
                  </td>
                  <td className={`${stacked.cell} whitespace-nowrap`} data-label={t("channel")}>
                    {t(`channels.${delivery.channel}`)}
                  </td>
                  <td className={`${stacked.cell} whitespace-nowrap`} data-label={t("event")}>
                    {t(`events.${delivery.event}`)}
                  </td>
                  <td className={`${stacked.cell} ${stacked.wide} sm:min-w-[14rem]`} data-label={t("title")}>
                    <bdi dir="auto">{keepCodeAttached(delivery.title)}</bdi>
                  </td>
                  <td className={`${stacked.cell} whitespace-nowrap`} data-label={t("outcome")}>
                    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${outcomeTones[delivery.outcome]}`}>
                      {t(`outcomes.${delivery.outcome}`)}
                    </span>
                  </td>
                  <td className={`${stacked.cell} whitespace-nowrap tabular-nums`} data-label={t("tries")}>
                    {format.number(delivery.tries)}
                  </td>
                  <td className={`${stacked.cell} ${stacked.wide} break-words text-xs text-slate-700 sm:min-w-[12rem]`} data-label={t("result")}>
                    <span dir="ltr" className="font-mono">
                      {delivery.result || "–"}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
