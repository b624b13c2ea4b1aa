// The simulated `account/*` and `utils/*` methods.
import type { SimAccountConfig } from "./accounts";
import type { Endpoint, EndpointContext } from "./endpoint";
import { resolveSender } from "./messages";
import { optional, SimApiFailure } from "./rules";

function info({ account }: EndpointContext) {
  return { remaincredit: account.credit, expiredate: account.expiredate, type: account.type };
}

const FLAG_VALUES: Partial<Record<keyof SimAccountConfig, readonly string[]>> = {
  apilogs: ["enabled", "disabled", "justfaults"],
  dailyreport: ["enabled", "disabled"],
  debugmode: ["enabled", "disabled"],
  resendfailed: ["enabled", "disabled"],
};

/** Validates every given setting before changing any; answers the resulting config. */
function config({ account, params }: EndpointContext) {
  const next: SimAccountConfig = { ...account.config };
  for (const [name, allowed] of Object.entries(FLAG_VALUES) as [keyof SimAccountConfig, readonly string[]][]) {
    const value = optional(params, name);
    if (value === undefined) continue;
    if (!allowed.includes(value)) throw new SimApiFailure(400);
    next[name] = value;
  }
  const sender = optional(params, "defaultsender");
  if (sender !== undefined) next.defaultsender = resolveSender(account, sender);
  const alarm = optional(params, "mincreditalarm");
  if (alarm !== undefined) {
    if (!/^\d{1,12}$/.test(alarm)) throw new SimApiFailure(400);
    next.mincreditalarm = alarm;
  }
  account.config = next;
  return { ...next };
}

/** Tehran has kept UTC+03:30 all year since 2022. */
const TEHRAN_OFFSET_MS = 3.5 * 3600 * 1000;

function getDate({ state }: EndpointContext) {
  const now = state.now();
  const local = new Date(now + TEHRAN_OFFSET_MS);
  const pad = (value: number) => String(value).padStart(2, "0");
  const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  const [hour, minute, second] = [local.getUTCHours(), local.getUTCMinutes(), local.getUTCSeconds()];
  return {
    datetime: `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`,
    year,
    month,
    day,
    hour,
    minute,
    second,
    unixtime: Math.floor(now / 1000),
  };
}

export const accountEndpoints: Record<string, Endpoint> = {
  "account/info": { handle: info },
  "account/config": { handle: config },
  "utils/getdate": { handle: getDate },
};
