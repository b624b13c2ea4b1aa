import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import { Time } from "@/components/ui/time";
import { useFormat } from "@/components/ui/use-format";
import type { AccountSnapshotView } from "@/lib/account/snapshots";

const head = "whitespace-nowrap px-3 py-2 text-start text-xs font-semibold uppercase tracking-wide text-slate-500";
const cell = "whitespace-nowrap px-3 py-2";

export function SnapshotHistory({ snapshots }: { snapshots: AccountSnapshotView[] }) {
  const t = useTranslations("account.history");
  const format = useFormat();
  return (
    <section className="space-y-2">
      <h2 className="font-semibold">{t("title")}</h2>
      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200" tabIndex={0}>
        <table className="min-w-full text-sm" data-testid="account-history">
          <thead className="bg-slate-50">
            <tr>
              <th className={head}>{t("fetched")}</th>
              <th className={`${head} text-end`}>{t("credit")}</th>
              <th className={head}>{t("expires")}</th>
              <th className={head}>{t("type")}</th>
              <th className={head}>{t("defaultSender")}</th>
              <th className={head}>{t("error")}</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((snapshot) => (
              <tr key={snapshot.id} className="border-t border-slate-100" data-testid="account-history-row">
                <td className={cell}>
                  <Time iso={snapshot.fetchedAt} />
                </td>
                <td className={`${cell} text-end tabular-nums`}>{format.rials(snapshot.credit)}</td>
                <td className={cell}>{snapshot.expiresAt ? <Time iso={snapshot.expiresAt} show="date" /> : "–"}</td>
                <td className={cell}>{snapshot.accountType ?? "–"}</td>
                <td className={cell}>
                  <Ltr>{snapshot.config?.defaultsender ?? "–"}</Ltr>
                </td>
                <td className="min-w-64 px-3 py-2 text-red-700">{snapshot.error ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
