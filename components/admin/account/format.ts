export function formatUtcDateTime(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

export function formatUtcDate(iso: string): string {
  return iso.slice(0, 10);
}

export function formatRials(rials: number): string {
  return `${rials.toLocaleString("en")} rials`;
}

/** 10 rials make a toman, the unit people quote prices in. */
export function formatToman(rials: number): string {
  return `${Math.floor(rials / 10).toLocaleString("en")} toman`;
}
