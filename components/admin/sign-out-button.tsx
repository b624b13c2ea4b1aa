"use client";

import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/signin" })}
      title={t("signOut")}
      className="inline-flex items-center gap-1.5 rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-200"
    >
      <LogOut aria-hidden="true" className="h-4 w-4 rtl:-scale-x-100" />
      {/* On a phone the icon alone, so it stays on the line with the user and the preferences. */}
      <span className="max-sm:sr-only">{t("signOut")}</span>
    </button>
  );
}
