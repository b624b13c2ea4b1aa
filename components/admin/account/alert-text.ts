import { useTranslations } from "next-intl";
import type { AccountAlert } from "@/lib/account/health";
import { useFormat } from "@/components/ui/use-format";
import { useRefreshFailureText } from "./refresh-failure-text";

/** An account alert in the page's language. */
export function useAccountAlertText(): (alert: AccountAlert) => string {
  const t = useTranslations("account.alerts");
  const format = useFormat();
  const failureText = useRefreshFailureText();
  return (alert) => {
    switch (alert.kind) {
      case "refresh_failed":
        return t("refreshFailed", { error: failureText(alert.values.failures ?? [], alert.values.error ?? null) });
      case "expiring":
        return t("expiring", { days: alert.values.days ?? 0 });
      case "low_credit":
        return t("lowCredit", { level: format.rials(alert.values.rials ?? 0) });
      case "expired":
        return t("expired");
      case "no_credit":
        return t("noCredit");
    }
  };
}
