import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/admin/audit/audit-filters";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { requireAdminPage } from "@/lib/http/page-session";
import { listAuditEntries } from "@/lib/audit/record";
import { auditQuerySchema } from "@/lib/audit/schemas";
import { getServerContext } from "@/lib/server/app-context";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("audit") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdminPage();
  const [ctx, raw, t] = await Promise.all([getServerContext(), searchParams, getTranslations("audit")]);
  const first = (name: string) => [raw[name]].flat()[0];
  const parsed = auditQuerySchema.safeParse({ action: first("action"), actor: first("actor") });
  const filters = parsed.success ? { action: parsed.data.action, actor: parsed.data.actor } : {};
  const firstPage = await listAuditEntries(ctx.db, { limit: 50, ...filters });
  const filterQuery = `${filters.action ? `&action=${encodeURIComponent(filters.action)}` : ""}${filters.actor ? `&actor=${encodeURIComponent(filters.actor)}` : ""}`;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </header>
      <AuditFilters action={filters.action} actor={filters.actor} />
      {/* A new filter is a new list: the key drops what "Load more" had added. */}
      <AuditTable key={filterQuery} initial={firstPage} filterQuery={filterQuery} />
    </div>
  );
}
