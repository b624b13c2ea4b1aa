import { useTranslations } from "next-intl";
import Link from "next/link";
import { OutcomeBadge } from "@/components/admin/send-log/outcome-badge";
import { Ltr } from "@/components/ui/ltr";
import { stacked } from "@/components/ui/stacked-table";
import { Time } from "@/components/ui/time";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { ProviderStatus } from "./provider-status";

/** Attempts as rows (cards on phones); shared by the Live page and the Overview's recent failures. */
export function LiveTable({
  attempts,
  freshIds,
  rowTestId = "live-row",
}: {
  attempts: SendAttempt[];
  freshIds?: ReadonlySet<string>;
  rowTestId?: string;
}) {
  const t = useTranslations("attempts");
  return (
    <div className={`relative ${stacked.frame}`} tabIndex={0}>
      <table className={stacked.table}>
        <thead className={stacked.head}>
          <tr>
            <th className={stacked.th}>{t("time")}</th>
            <th className={stacked.th}>{t("providerStatus")}</th>
            <th className={stacked.th}>{t("sender")}</th>
            <th className={stacked.th}>{t("phone")}</th>
            <th className={stacked.th}>{t("outcome")}</th>
            <th className={stacked.th}>{t("method")}</th>
            <th className={stacked.th}>
              <span className="sr-only">{t("details")}</span>
            </th>
          </tr>
        </thead>
        <tbody className={stacked.body}>
          {attempts.map((attempt) => {
            const failed = attempt.outcome === "failed";
            const fresh = freshIds?.has(attempt.id) ?? false;
            return (
              <tr
                key={attempt.id}
                data-testid={rowTestId}
                data-status={attempt.providerStatus ?? ""}
                data-outcome={attempt.outcome}
                className={`${stacked.row} ${failed ? "bg-red-50/70 max-sm:bg-red-50 max-sm:ring-red-200" : ""}`}
              >
                <td className={`${stacked.cell} whitespace-nowrap text-xs`} data-label={t("time")}>
                  <Time iso={attempt.createdAt} show="time" className="block tabular-nums" />
                  {fresh && <span className="rounded bg-slate-900 px-1 text-[10px] font-semibold uppercase text-white">{t("new")}</span>}
                  <Time iso={attempt.createdAt} show="date" className="block text-[11px] text-slate-600" />
                </td>
                <td className={`${stacked.cell} ${stacked.wide} max-sm:order-last`} data-label={t("providerStatus")}>
                  <ProviderStatus attempt={attempt} />
                </td>
                <td className={`${stacked.cell} whitespace-nowrap text-xs`} data-label={t("sender")}>
                  <Ltr>{attempt.sender ?? "–"}</Ltr>
                </td>
                <td className={`${stacked.cell} whitespace-nowrap text-xs`} data-label={t("phone")}>
                  <Ltr>{attempt.phone}</Ltr>
                </td>
                <td className={`${stacked.cell} whitespace-nowrap`} data-label={t("outcome")}>
                  <OutcomeBadge outcome={attempt.outcome} />
                </td>
                <td className={`${stacked.cell} whitespace-nowrap`} data-label={t("method")}>
                  {t(`methods.${attempt.method}`)}
                  {attempt.purpose === "test" && <span className="ms-1 text-xs text-slate-600">({t("test")})</span>}
                </td>
                <td className={`${stacked.cell} whitespace-nowrap text-end max-sm:self-end`}>
                  <Link href={`/admin/send-log/${attempt.id}`} className="text-slate-700 underline underline-offset-2 hover:text-slate-900">
                    {t("details")}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
