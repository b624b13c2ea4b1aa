import { useTranslations } from "next-intl";
import type { AccountAlert } from "@/lib/account/health";
import { useRefreshFailureText } from "./refresh-failure-text";

/** An account alert in the page's language. */
export function useAccountAlertText(): (alert: AccountAlert) => string {
  const t = useTranslations("account.alerts");
  // Expiry and low credit are worded as the incidents they open.
  const details = useTranslations("incidents.details");
  const failureText = useRefreshFailureText();
  return (alert) => {
    switch (alert.kind) {
      case "refresh_failed":
        return t("refreshFailed", { error: failureText(alert.values.failures ?? [], alert.values.error ?? null) });
      case "expiring":
        return details("expiring", { days: alert.values.days ?? 0 });
      case "low_credit":
        return details("lowCredit", { rials: alert.values.rials ?? 0 });
      case "expired":
        return details("expired");
      case "no_credit":
        return t("noCredit");
    }
  };
}
