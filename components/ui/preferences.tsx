"use client";
// The language and theme switches, on the sign-in page and in the console's header.
import { Languages, Monitor, Moon, Sun } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { chooseLocale } from "@/lib/http/preference-actions";
import { THEME_COOKIE, themes, type Theme } from "@/lib/i18n/theme";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
const themeIcons = { system: Monitor, light: Sun, dark: Moon } as const;
const button = "inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-200 disabled:opacity-60";

export function Preferences({ initialTheme }: { initialTheme: Theme }) {
  const t = useTranslations("preferences");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [theme, setTheme] = useState(initialTheme);
  const next = locale === "fa" ? "en" : "fa";
  const nextTheme = themes[(themes.indexOf(theme) + 1) % themes.length] ?? "system";
  const ThemeIcon = themeIcons[theme];

  function switchTheme() {
    setTheme(nextTheme);
    document.cookie = `${THEME_COOKIE}=${nextTheme}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
    document.documentElement.classList.remove(...themes);
    if (nextTheme !== "system") document.documentElement.classList.add(nextTheme);
  }

  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        className={button}
        disabled={pending}
        lang={next}
        data-testid="switch-language"
        onClick={() =>
          startTransition(async () => {
            await chooseLocale(next);
            router.refresh();
          })
        }
      >
        <Languages aria-hidden="true" className="h-4 w-4" />
        {t("switchTo")}
      </button>
      <button
        type="button"
        className={button}
        onClick={switchTheme}
        title={t("themeNow", { theme: t(`theme.${theme}`) })}
        aria-label={t("themeNow", { theme: t(`theme.${theme}`) })}
        data-testid="switch-theme"
        data-theme={theme}
      >
        <ThemeIcon aria-hidden="true" className="h-4 w-4" />
      </button>
    </div>
  );
}
