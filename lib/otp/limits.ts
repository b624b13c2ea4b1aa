// What an OTP request may cost: the per-phone cooldown and quotas, the per-client quotas,
// the overall hourly ceiling (an SMS-pumping attack or a runaway client spends real
// credit), and the block list. The numbers come from Settings.
import { LimitError, reason, type LimitCode, type Reason, type ReasonParams } from "@/lib/errors";
import { limitSubject } from "@/lib/client-address";
import type { RateLimit, RateLimitVerdict } from "@/lib/limits/rate-limits";
import type { Settings } from "@/lib/settings/schema";

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * The overall ceiling is one counter that every request takes a hit from: as one row, every OTP
 * request of every instance would queue for its lock (held through the commit). It is split
 * into shards, each admitting its share of the ceiling; a request refused by a full shard tries
 * the others, so exactly the ceiling gets through, never more.
 */
const GLOBAL_LIMIT_SHARDS = 8;
const GLOBAL_LIMIT_KEY = "otp:global:hour";

export interface GlobalShard {
  key: string;
  max: number;
}

/** The shards of a ceiling of `max` an hour (none when it is off); their shares add up to `max`. */
export function globalLimitShards(max: number): GlobalShard[] {
  const count = Math.min(GLOBAL_LIMIT_SHARDS, Math.max(0, max));
  return Array.from({ length: count }, (_, index) => ({
    key: `${GLOBAL_LIMIT_KEY}:${index}`,
    max: Math.floor(max / count) + (index < max % count ? 1 : 0),
  }));
}

/** In the order a refusal is reported: the most specific first; `globalShard` is the overall ceiling's shard to take the hit from. */
export function otpLimits(settings: Settings, phone: string, clientAddress: string, globalShard: GlobalShard | undefined): RateLimit<LimitCode>[] {
  const client = limitSubject(clientAddress);
  const limits: RateLimit<LimitCode>[] = [
    { name: "otp_cooldown", key: `otp:cooldown:${phone}`, max: 1, windowSeconds: settings.resendCooldownSeconds },
    { name: "otp_phone_hourly_limit", key: `otp:phone:hour:${phone}`, max: settings.phoneHourlyLimit, windowSeconds: HOUR },
    { name: "otp_phone_daily_limit", key: `otp:phone:day:${phone}`, max: settings.phoneDailyLimit, windowSeconds: DAY },
    { name: "otp_client_limit", key: `otp:client:10min:${client}`, max: settings.clientLimitPer10Minutes, windowSeconds: 10 * 60 },
    { name: "otp_client_daily_limit", key: `otp:client:day:${client}`, max: settings.clientDailyLimit, windowSeconds: DAY },
    ...(globalShard ? [{ name: "otp_global_limit" as const, key: globalShard.key, max: globalShard.max, windowSeconds: HOUR }] : []),
  ];
  return limits.filter((limit) => limit.max > 0 && limit.windowSeconds > 0);
}

/** A wait as the reason messages word it: seconds up to 2 minutes, minutes up to 2 hours, then hours. */
function waitParams(seconds: number): ReasonParams {
  if (seconds < 120) return { amount: seconds, unit: "seconds" };
  if (seconds < 2 * HOUR) return { amount: Math.ceil(seconds / 60), unit: "minutes" };
  return { amount: Math.ceil(seconds / HOUR), unit: "hours" };
}

export function limitError(verdict: Extract<RateLimitVerdict<LimitCode>, { allowed: false }>, settings: Settings): LimitError {
  const wait = verdict.retryAfterSeconds;
  const reasons: Record<LimitCode, Reason> = {
    otp_cooldown: reason("cooldown", { wait }),
    otp_phone_hourly_limit: reason("phoneHourlyLimit", { max: settings.phoneHourlyLimit, ...waitParams(wait) }),
    otp_phone_daily_limit: reason("phoneDailyLimit", { max: settings.phoneDailyLimit, ...waitParams(wait) }),
    otp_client_limit: reason("clientLimit", { max: settings.clientLimitPer10Minutes, ...waitParams(wait) }),
    otp_client_daily_limit: reason("clientDailyLimit", { max: settings.clientDailyLimit, ...waitParams(wait) }),
    otp_global_limit: reason("globalLimit", waitParams(wait)),
  };
  return new LimitError(verdict.name, reasons[verdict.name], wait);
}

/** True when the block list holds the number or a prefix of it. */
export function isBlocked(settings: Pick<Settings, "blockedNumbers">, phone: string): boolean {
  return settings.blockedNumbers.some((prefix) => phone.startsWith(prefix));
}
