import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { IncidentList } from "@/components/admin/incidents/incident-list";
import { requireAdminPage } from "@/lib/http/page-session";
import { listIncidents } from "@/lib/incidents/store";
import { getServerContext } from "@/lib/server/app-context";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("incidents") };
}

export default async function IncidentsPage() {
  await requireAdminPage();
  const ctx = await getServerContext();
  const [incidents, t] = await Promise.all([listIncidents(ctx.sql, 100), getTranslations("incidents")]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {t.rich("intro", {
            link: (text) => (
              <Link href="/admin/settings/notifications" className="underline">
                {text}
              </Link>
            ),
          })}
        </p>
      </header>
      <IncidentList incidents={incidents} />
    </div>
  );
}
