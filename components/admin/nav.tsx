"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/live", label: "Live" },
  { href: "/admin/incidents", label: "Incidents" },
  { href: "/admin/send-log", label: "Send log" },
  { href: "/admin/senders", label: "Sender lines" },
  { href: "/admin/account", label: "Account" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/audit", label: "Audit log" },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="-mx-4 flex gap-1 overflow-x-auto px-4 text-sm">
      {links.map((link) => {
        const current = link.href === "/admin" ? pathname === "/admin" : pathname.startsWith(link.href);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`whitespace-nowrap rounded-md px-3 py-1.5 ${current ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
