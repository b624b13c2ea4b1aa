// Light, dark, or the system's preference: kept in a cookie, so the server renders the right
// class on <html> and no page ever flashes the wrong theme (the CSS follows the system itself).
export const themes = ["system", "light", "dark"] as const;
export type Theme = (typeof themes)[number];
export const THEME_COOKIE = "console-theme";

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (themes as readonly string[]).includes(value);
}
