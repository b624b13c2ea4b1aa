"use client";
// Every console page: a row of links on wide screens, a menu behind one button on phones.
import { Activity, ChevronDown, LayoutDashboard, ListOrdered, Menu, RadioTower, ScrollText, Settings, Siren, Wallet, X } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

const links = [
  { href: "/admin", key: "overview", icon: LayoutDashboard },
  { href: "/admin/live", key: "live", icon: Activity },
  { href: "/admin/incidents", key: "incidents", icon: Siren },
  { href: "/admin/send-log", key: "sendLog", icon: ListOrdered },
  { href: "/admin/senders", key: "senders", icon: RadioTower },
  { href: "/admin/account", key: "account", icon: Wallet },
  { href: "/admin/settings", key: "settings", icon: Settings },
  { href: "/admin/audit", key: "audit", icon: ScrollText },
] as const;

export function AdminNav() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const isCurrent = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname.startsWith(href));
  const current = links.find((link) => isCurrent(link.href));
  const MenuIcon = open ? X : Menu;

  return (
    <nav aria-label={t("label")} className="text-sm">
      <button
        type="button"
        className="flex w-full items-center justify-between gap-2 rounded-md px-3 py-2 ring-1 ring-slate-300 sm:hidden"
        aria-expanded={open}
        aria-controls="admin-menu"
        onClick={() => setOpen((value) => !value)}
        data-testid="nav-menu-button"
      >
        <span className="flex items-center gap-2 font-medium">
          <MenuIcon aria-hidden="true" className="h-4 w-4" />
          {current ? t(current.key) : t("menu")}
        </span>
        <ChevronDown aria-hidden="true" className={`h-4 w-4 transition-transform ${open ? "rotate-180" : ""}`} />
      </button>
      <ul id="admin-menu" className={`${open ? "mt-2 grid" : "hidden"} gap-1 sm:mt-0 sm:flex sm:flex-wrap`}>
        {links.map((link) => {
          const here = isCurrent(link.href);
          const Icon = link.icon;
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                onClick={() => setOpen(false)}
                aria-current={here ? "page" : undefined}
                className={`flex items-center gap-1.5 whitespace-nowrap rounded-md px-3 py-2 sm:py-1.5 ${here ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200"}`}
              >
                <Icon aria-hidden="true" className="h-4 w-4" />
                {t(link.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
