// What an OTP request may cost: the per-phone cooldown and quotas, the per-client quotas,
// the overall hourly ceiling (an SMS-pumping attack or a runaway client spends real
// credit), and the block list. The numbers come from Settings.
import { LimitError, type LimitCode } from "@/lib/errors";
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

function inWords(seconds: number): string {
  if (seconds < 120) return `${seconds} seconds`;
  if (seconds < 2 * HOUR) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / HOUR)} hours`;
}

export function limitError(verdict: Extract<RateLimitVerdict<LimitCode>, { allowed: false }>, settings: Settings): LimitError {
  const wait = verdict.retryAfterSeconds;
  const detail: Record<LimitCode, string> = {
    otp_cooldown: `Please wait ${wait} seconds before requesting a new code.`,
    otp_phone_hourly_limit: `Too many codes for this phone number (at most ${settings.phoneHourlyLimit} an hour). Try again in ${inWords(wait)}.`,
    otp_phone_daily_limit: `Too many codes for this phone number (at most ${settings.phoneDailyLimit} a day). Try again in ${inWords(wait)}.`,
    otp_client_limit: `Too many code requests from your address (at most ${settings.clientLimitPer10Minutes} in 10 minutes). Try again in ${inWords(wait)}.`,
    otp_client_daily_limit: `Too many code requests from your address (at most ${settings.clientDailyLimit} a day). Try again in ${inWords(wait)}.`,
    otp_global_limit: `The service is sending too many codes right now. Try again in ${inWords(wait)}.`,
  };
  return new LimitError(verdict.name, detail[verdict.name], wait);
}

/** True when the block list holds the number or a prefix of it. */
export function isBlocked(settings: Pick<Settings, "blockedNumbers">, phone: string): boolean {
  return settings.blockedNumbers.some((prefix) => phone.startsWith(prefix));
}
