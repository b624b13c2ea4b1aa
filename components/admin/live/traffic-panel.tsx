import type { GlobalLimitStatus } from "@/lib/otp/global-limit";
import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import { Time } from "@/components/ui/time";
import { useFormat } from "@/components/ui/use-format";

interface UndeclaredProxy {
  address: string;
  requests: number;
  trustedHops: number;
}

/** This hour against the overall OTP limit, and a warning when client addresses cannot be told apart. */
export function TrafficPanel({ globalLimit, undeclaredProxy }: { globalLimit: GlobalLimitStatus; undeclaredProxy: UndeclaredProxy | null }) {
  const t = useTranslations("live.traffic");
  const format = useFormat();
  const share = globalLimit.max > 0 ? Math.min(100, Math.round((globalLimit.used / globalLimit.max) * 100)) : 0;
  return (
    <section className="space-y-3 rounded-lg bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200" data-testid="traffic-panel">
      {globalLimit.max > 0 ? (
        <div className="space-y-1">
          <p>
            {t("thisHour")}{" "}
            <span className="font-semibold" data-testid="global-limit-usage">
              {t("usage", { used: format.number(globalLimit.used), max: format.number(globalLimit.max) })}
            </span>
            {globalLimit.reached && globalLimit.resetsAt && (
              <span className="ms-2 font-semibold text-amber-700" data-testid="global-limit-reached">
                {t.rich("reached", { until: () => <Time iso={globalLimit.resetsAt ?? ""} show="time" /> })}
              </span>
            )}
          </p>
          <div className="h-2 overflow-hidden rounded bg-slate-100" aria-hidden="true">
            <div className={`h-full ${globalLimit.reached ? "bg-amber-500" : "bg-slate-700"}`} style={{ width: `${share}%` }} />
          </div>
        </div>
      ) : (
        <p className="text-slate-600">{t("off")}</p>
      )}
      {undeclaredProxy && (
        <p className="rounded-md bg-amber-50 p-2 text-amber-900 ring-1 ring-amber-200" data-testid="proxy-warning">
          {t.rich("proxy", {
            requests: format.number(undeclaredProxy.requests),
            hops: String(undeclaredProxy.trustedHops),
            address: () => <Ltr>{undeclaredProxy.address}</Ltr>,
          })}
        </p>
      )}
    </section>
  );
}
