import Link from "next/link";
import { IncidentList } from "@/components/admin/incidents/incident-list";
import { requireAdminPage } from "@/lib/http/page-session";
import { listIncidents } from "@/lib/incidents/store";
import { getServerContext } from "@/lib/server/app-context";

export const metadata = { title: "Incidents" };

export default async function IncidentsPage() {
  await requireAdminPage();
  const ctx = await getServerContext();
  const incidents = await listIncidents(ctx.sql, 100);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-bold">Incidents</h1>
        <p className="text-sm text-slate-600">
          What went wrong with sending, and whether it still is: the open ones first, then the latest 100 resolved. The channels under{" "}
          <Link href="/admin/settings/notifications" className="underline">
            Settings → Notifications
          </Link>{" "}
          are told when one opens and when it resolves.
        </p>
      </header>
      <IncidentList incidents={incidents} />
    </div>
  );
}
