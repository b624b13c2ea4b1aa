// The console's languages and how a browser's Accept-Language picks one. Shared by the server and the browser.
export const locales = ["en", "fa"] as const;
export type Locale = (typeof locales)[number];
const defaultLocale: Locale = "en";

/** Set when someone picks a language (before signing in, or signed in: then it is also stored on the admin). */
export const LOCALE_COOKIE = "console-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "fa" ? "rtl" : "ltr";
}

/** The first supported language of an Accept-Language header by quality, e.g. "fa-IR,fa;q=0.9,en;q=0.8" → "fa". */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, position) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: tag.trim().toLowerCase().split("-")[0], quality: quality ? Number(quality) : 1, position };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position);
  return ranked.map((entry) => entry.language).find(isLocale) ?? defaultLocale;
}
