import type { GlobalLimitStatus } from "@/lib/otp/global-limit";
import { formatUtcTime } from "@/components/ui/format";

interface UndeclaredProxy {
  address: string;
  requests: number;
  trustedHops: number;
}

/** This hour against the overall OTP limit, and a warning when client addresses cannot be told apart. */
export function TrafficPanel({ globalLimit, undeclaredProxy }: { globalLimit: GlobalLimitStatus; undeclaredProxy: UndeclaredProxy | null }) {
  const share = globalLimit.max > 0 ? Math.min(100, Math.round((globalLimit.used / globalLimit.max) * 100)) : 0;
  return (
    <section className="space-y-3 rounded-lg bg-white p-3 text-sm shadow-sm ring-1 ring-slate-200" data-testid="traffic-panel">
      {globalLimit.max > 0 ? (
        <div className="space-y-1">
          <p>
            OTP codes this hour:{" "}
            <span className="font-semibold" data-testid="global-limit-usage">
              {globalLimit.used.toLocaleString("en")} of {globalLimit.max.toLocaleString("en")}
            </span>
            {globalLimit.reached && globalLimit.resetsAt && (
              <span className="ml-2 font-semibold text-amber-700" data-testid="global-limit-reached">
                limit reached: requests are refused until {formatUtcTime(globalLimit.resetsAt)} UTC
              </span>
            )}
          </p>
          <div className="h-2 overflow-hidden rounded bg-slate-100" aria-hidden="true">
            <div className={`h-full ${globalLimit.reached ? "bg-amber-500" : "bg-slate-700"}`} style={{ width: `${share}%` }} />
          </div>
        </div>
      ) : (
        <p className="text-slate-600">The overall hourly OTP limit is off (Settings).</p>
      )}
      {undeclaredProxy && (
        <p className="rounded-md bg-amber-50 p-2 text-amber-900 ring-1 ring-amber-200" data-testid="proxy-warning">
          The last {undeclaredProxy.requests} OTP requests all came from <span className="font-mono">{undeclaredProxy.address}</span>. A reverse proxy
          is probably in front of the app without being declared (TRUSTED_PROXY_HOPS is {undeclaredProxy.trustedHops}): every caller then shares one
          per-client limit. Set TRUSTED_PROXY_HOPS to the number of proxies (see the README&apos;s Security section).
        </p>
      )}
    </section>
  );
}
