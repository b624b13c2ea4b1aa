// How the console writes money, times and durations: one place, so every page says it alike.

const DASH = "–";

/** Rials, the unit Kavenegar bills in; a dash when unknown. */
export function formatRials(rials: number | null): string {
  return rials === null ? DASH : `${rials.toLocaleString("en")} rials`;
}

/** 10 rials make a toman, the unit people quote prices in. */
export function formatToman(rials: number): string {
  return `${Math.floor(rials / 10).toLocaleString("en")} toman`;
}

/** `YYYY-MM-DD HH:MM:SS` of an ISO time, in UTC like the rest of the console. */
export function formatUtc(iso: string): string {
  return iso.slice(0, 19).replace("T", " ");
}

export function formatUtcDateTime(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

export function formatUtcDate(iso: string): string {
  return iso.slice(0, 10);
}

/** `HH:MM:SS` of an ISO time, in UTC. */
export function formatUtcTime(iso: string): string {
  return iso.slice(11, 19);
}

export function formatLatency(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}
