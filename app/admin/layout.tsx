import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/nav";
import { FailureToasts } from "@/components/admin/failure-toasts";
import { IncidentBanner } from "@/components/admin/incidents/incident-banner";
import { SignOutButton } from "@/components/admin/sign-out-button";
import { ModeBadge } from "@/components/ui/mode-badge";
import { Preferences } from "@/components/ui/preferences";
import { canWrite } from "@/lib/auth/session";
import { getPageTheme } from "@/lib/http/page-preferences";
import { requireAdminPage } from "@/lib/http/page-session";
import { listOpenIncidents } from "@/lib/incidents/store";
import { getServerContext } from "@/lib/server/app-context";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const [session, ctx, theme, t] = await Promise.all([requireAdminPage(), getServerContext(), getPageTheme(), getTranslations()]);
  const openIncidents = await listOpenIncidents(ctx.sql);
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl space-y-3 px-4 py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="flex items-center gap-3">
              <span className="font-bold">{t("meta.app")}</span>
              <ModeBadge mode={ctx.mode} />
            </div>
            <div className="flex min-w-0 flex-wrap items-center gap-2 text-sm text-slate-600 max-sm:flex-nowrap">
              <span data-testid="session-user" className="min-w-0 truncate">
                {session.email} ({t(`roles.${session.role}`)})
              </span>
              <Preferences initialTheme={theme} />
              <SignOutButton />
            </div>
          </div>
          <AdminNav />
        </div>
      </header>
      <IncidentBanner initial={openIncidents} canWrite={canWrite(session)} />
      <FailureToasts />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </div>
  );
}
