import { formatUtc } from "@/components/ui/format";
import type { NotificationDeliveryView } from "@/lib/notifications/dispatch";

const channelLabels: Record<NotificationDeliveryView["channel"], string> = { webhook: "Webhook", email: "E-mail", telegram: "Telegram" };

const outcomeTones: Record<NotificationDeliveryView["outcome"], string> = {
  sent: "bg-emerald-100 text-emerald-800 ring-emerald-300",
  failed: "bg-red-100 text-red-800 ring-red-300",
  pending: "bg-amber-100 text-amber-900 ring-amber-300",
};

const columns = ["Time (UTC)", "Channel", "Event", "Title", "Outcome", "Tries", "Result"];

export function NotificationDeliveries({ deliveries }: { deliveries: NotificationDeliveryView[] }) {
  return (
    <section className="space-y-3">
      <div className="space-y-1">
        <h2 className="font-semibold">Latest messages</h2>
        <p className="text-xs text-slate-600">
          Every notification the gateway queued, newest first. A pending one is retried with a growing delay while its receiver fails.
        </p>
      </div>
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="notification-deliveries">
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col" className="whitespace-nowrap px-3 py-2">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {deliveries.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="px-3 py-6 text-center text-slate-500" data-testid="notification-deliveries-empty">
                  No notifications sent yet.
                </td>
              </tr>
            ) : (
              deliveries.map((delivery) => (
                <tr
                  key={delivery.id}
                  className="align-top"
                  data-testid="notification-delivery"
                  data-channel={delivery.channel}
                  data-event={delivery.event}
                  data-outcome={delivery.outcome}
                >
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">
                    <time dateTime={delivery.createdAt}>{formatUtc(delivery.createdAt)}</time>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">{channelLabels[delivery.channel]}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{delivery.event}</span>
                  </td>
                  <td className="min-w-[14rem] px-3 py-2">{delivery.title}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${outcomeTones[delivery.outcome]}`}>
                      {delivery.outcome}
                    </span>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">{delivery.tries}</td>
                  <td className="min-w-[12rem] break-words px-3 py-2 font-mono text-xs text-slate-700">{delivery.result || "–"}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
