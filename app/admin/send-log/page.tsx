import { ArrowLeft, ArrowRight, Download } from "lucide-react";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { FilterForm } from "@/components/admin/send-log/filter-form";
import { SendLogTable } from "@/components/admin/send-log/send-log-table";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { filterProblems } from "@/components/admin/send-log/filter-problems";
import { getPageLocale, getPageTimeZone } from "@/lib/http/page-preferences";
import { requireAdminPage } from "@/lib/http/page-session";
import { toConsoleDateTimeInput } from "@/lib/i18n/format";
import { listSenderLines } from "@/lib/senders/store";
import { resolveConsoleTimes } from "@/lib/send-log/console-times";
import { listSendAttempts } from "@/lib/send-log/query";
import { searchParamsToObject, sendLogFiltersSchema, sendLogQueryString, type SendLogFilters } from "@/lib/send-log/schemas";
import { getServerContext } from "@/lib/server/app-context";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("sendLog") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const pageLink = "inline-flex items-center gap-1 rounded-md px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100";

export default async function SendLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const [ctx, raw, locale, timeZone, t] = await Promise.all([
    getServerContext(),
    searchParams.then(searchParamsToObject),
    getPageLocale(),
    getPageTimeZone(),
    getTranslations("sendLog"),
  ]);
  const validation = await getTranslations("validation");
  const { query, unreadable } = resolveConsoleTimes(raw, timeZone);
  const parsed = unreadable === null ? sendLogFiltersSchema.safeParse(query) : null;
  const lines = await listSenderLines(ctx.db);
  const filters = parsed?.success ? parsed.data : null;
  const filterError =
    unreadable !== null
      ? t("filters.badDate", { value: unreadable })
      : parsed && !parsed.success
        ? filterProblems(parsed.error, t, validation, timeZone)
        : null;

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        {filters && (
          <a
            href={`/api/admin/send-log/export${sendLogQueryString(filters, { withLimit: false })}`}
            download
            data-testid="send-log-export"
            className="inline-flex items-center gap-1.5 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-100"
          >
            <Download aria-hidden="true" className="h-4 w-4" />
            {t("export")}
          </a>
        )}
      </div>
      <FilterForm
        values={{
          ...raw,
          fromLocal: filters?.from ? toConsoleDateTimeInput(filters.from, locale, timeZone) : raw.fromLocal,
          toLocal: filters?.to ? toConsoleDateTimeInput(filters.to, locale, timeZone) : raw.toLocal,
        }}
        senders={lines.map((line) => line.number)}
      />
      {filterError && (
        <p role="alert" data-testid="send-log-filter-error" className="rounded-md bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
          {t("invalidFilter", { detail: filterError })}
        </p>
      )}
      {filters && (
        // The filters show at once; the rows follow when the query answers.
        <Suspense key={sendLogQueryString(filters)} fallback={<PageSkeleton />}>
          <SendLogResults filters={filters} />
        </Suspense>
      )}
    </div>
  );
}

async function SendLogResults({ filters }: { filters: SendLogFilters }) {
  const [ctx, t] = await Promise.all([getServerContext(), getTranslations("sendLog")]);
  const page = await listSendAttempts(ctx.sql, filters);
  return (
    <>
      <SendLogTable rows={page.rows} />
      <nav aria-label={t("pages")} className="flex items-center justify-between gap-2 text-sm">
        {filters.cursor ? (
          <Link href={`/admin/send-log${sendLogQueryString(filters)}`} data-testid="send-log-newest" className={pageLink}>
            <ArrowLeft aria-hidden="true" className="h-4 w-4 rtl:-scale-x-100" />
            {t("newest")}
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link href={`/admin/send-log${sendLogQueryString(filters, { cursor: page.nextCursor })}`} data-testid="send-log-older" className={pageLink}>
            {t("older")}
            <ArrowRight aria-hidden="true" className="h-4 w-4 rtl:-scale-x-100" />
          </Link>
        )}
      </nav>
    </>
  );
}
