import { AuditTable } from "@/components/admin/audit/audit-table";
import { requireAdminPage } from "@/lib/http/page-session";
import { listAuditEntries } from "@/lib/audit/record";
import { getServerContext } from "@/lib/server/app-context";

export const metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requireAdminPage();
  const ctx = await getServerContext();
  const firstPage = await listAuditEntries(ctx.db, { limit: 50 });
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-bold">Audit log</h1>
        <p className="text-sm text-slate-600">Every change an admin made to sender lines and settings, newest first.</p>
      </header>
      <AuditTable initial={firstPage} />
    </div>
  );
}
