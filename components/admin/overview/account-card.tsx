import { useTranslations } from "next-intl";
import Link from "next/link";
import { useAccountAlertText } from "@/components/admin/account/alert-text";
import { Time } from "@/components/ui/time";
import { useFormat } from "@/components/ui/use-format";
import { daysUntilExpiry, type AccountHealth } from "@/lib/account/health";
import { Card, Warning } from "./card";

export function AccountCard({ health, now }: { health: AccountHealth; now: Date }) {
  const t = useTranslations("overview.account");
  const format = useFormat();
  const alertText = useAccountAlertText();
  const snapshot = health.lastGood;
  const days = snapshot ? daysUntilExpiry(snapshot, now) : null;
  return (
    <Card
      title={t("title")}
      testId="overview-account"
      action={
        <Link href="/admin/account" className="text-sm text-slate-700 underline underline-offset-2">
          {t("link")}
        </Link>
      }
    >
      {!snapshot ? (
        <p className="text-sm text-slate-600" data-testid="account-not-fetched">
          {t.rich("notFetched", {
            link: (text) => (
              <Link href="/admin/account" className="underline">
                {text}
              </Link>
            ),
          })}
        </p>
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-500">{t("credit")}</dt>
          <dd className="font-semibold tabular-nums" data-testid="account-credit">
            {format.rials(snapshot.credit)}
          </dd>
          <dt className="text-slate-500">{t("expires")}</dt>
          <dd data-testid="account-expiry">
            {snapshot.expiresAt ? (
              <>
                <Time iso={snapshot.expiresAt} show="date" /> <span className="text-slate-500">({t("days", { days: days ?? 0 })})</span>
              </>
            ) : (
              t("noExpiry")
            )}
          </dd>
          {snapshot.accountType && (
            <>
              <dt className="text-slate-500">{t("type")}</dt>
              <dd>{snapshot.accountType}</dd>
            </>
          )}
          <dt className="text-slate-500">{t("fetched")}</dt>
          <dd className="text-slate-600">
            <Time iso={snapshot.fetchedAt} />
          </dd>
        </dl>
      )}
      {health.alerts.map((alert) => (
        <Warning key={alert.kind} tone={alert.level === "error" ? "red" : "amber"}>
          {alertText(alert)}
        </Warning>
      ))}
    </Card>
  );
}
