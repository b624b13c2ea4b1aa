import { useTranslations } from "next-intl";
import Link from "next/link";

const tabs = [
  { id: "general", href: "/admin/settings" },
  { id: "notifications", href: "/admin/settings/notifications" },
] as const;

export function SettingsTabs({ current }: { current: (typeof tabs)[number]["id"] }) {
  const t = useTranslations("settings.tabs");
  return (
    <nav aria-label={t("label")} className="flex gap-1 border-b border-slate-200 text-sm" data-testid="settings-tabs">
      {tabs.map((tab) => {
        const active = tab.id === current;
        return (
          <Link
            key={tab.id}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 ${active ? "border-slate-900 font-semibold text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            data-testid={`settings-tab-${tab.id}`}
          >
            {t(tab.id)}
          </Link>
        );
      })}
    </nav>
  );
}
