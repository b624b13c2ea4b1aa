import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import { stacked } from "@/components/ui/stacked-table";
import { Time } from "@/components/ui/time";
import { useFormat } from "@/components/ui/use-format";
import type { AccountSnapshotView } from "@/lib/account/snapshots";
import { useRefreshFailureText } from "./refresh-failure-text";

const cell = `${stacked.cell} whitespace-nowrap`;

export function SnapshotHistory({ snapshots }: { snapshots: AccountSnapshotView[] }) {
  const t = useTranslations("account.history");
  const format = useFormat();
  const failureText = useRefreshFailureText();
  return (
    <section className="space-y-2">
      <h2 className="font-semibold">{t("title")}</h2>
      <div className={stacked.frame} tabIndex={0}>
        <table className={stacked.table} data-testid="account-history">
          <thead className={stacked.head}>
            <tr>
              <th className={stacked.th}>{t("fetched")}</th>
              <th className={stacked.thEnd}>{t("credit")}</th>
              <th className={stacked.th}>{t("expires")}</th>
              <th className={stacked.th}>{t("type")}</th>
              <th className={stacked.th}>{t("defaultSender")}</th>
              <th className={stacked.th}>{t("error")}</th>
            </tr>
          </thead>
          <tbody className={stacked.body}>
            {snapshots.map((snapshot) => (
              <tr key={snapshot.id} className={stacked.row} data-testid="account-history-row">
                <td className={cell} data-label={t("fetched")}>
                  <Time iso={snapshot.fetchedAt} />
                </td>
                <td className={`${cell} ${stacked.number}`} data-label={t("credit")}>
                  {format.rials(snapshot.credit)}
                </td>
                <td className={cell} data-label={t("expires")}>
                  {snapshot.expiresAt ? <Time iso={snapshot.expiresAt} show="date" /> : "–"}
                </td>
                <td className={cell} data-label={t("type")}>
                  <Ltr className="">{snapshot.accountType ?? "–"}</Ltr>
                </td>
                <td className={cell} data-label={t("defaultSender")}>
                  <Ltr>{snapshot.config?.defaultsender ?? "–"}</Ltr>
                </td>
                <td
                  className={`${stacked.cell} ${stacked.wide} whitespace-pre-line text-red-700 sm:min-w-64 ${snapshot.error ? "" : "max-sm:hidden"}`}
                  data-label={t("error")}
                  title={snapshot.error ?? undefined}
                >
                  {snapshot.error ? failureText(snapshot.failures, snapshot.error) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
