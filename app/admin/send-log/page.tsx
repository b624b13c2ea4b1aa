import Link from "next/link";
import { FilterForm } from "@/components/admin/send-log/filter-form";
import { SendLogTable } from "@/components/admin/send-log/send-log-table";
import { requireAdminPage } from "@/lib/http/page-session";
import { describeZodError } from "@/lib/http/errors";
import { listSenderLines } from "@/lib/senders/store";
import { listSendAttempts, type SendLogPage } from "@/lib/send-log/query";
import { searchParamsToObject, sendLogFiltersSchema, sendLogQueryString, toFilterDateTime } from "@/lib/send-log/schemas";
import { getServerContext } from "@/lib/server/app-context";

export const metadata = { title: "Send log" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function SendLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminPage();
  const [ctx, raw] = await Promise.all([getServerContext(), searchParams.then(searchParamsToObject)]);
  const parsed = sendLogFiltersSchema.safeParse(raw);
  const [page, lines]: [SendLogPage | null, { number: string }[]] = await Promise.all([
    parsed.success ? listSendAttempts(ctx.sql, parsed.data) : null,
    listSenderLines(ctx.db),
  ]);
  const filters = parsed.success ? parsed.data : null;
  const query = filters ? sendLogQueryString(filters) : "";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-bold">Send log</h1>
        {filters && (
          <a
            href={`/api/admin/send-log/export${sendLogQueryString(filters, { withLimit: false })}`}
            download
            data-testid="send-log-export"
            className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-100"
          >
            Export CSV
          </a>
        )}
      </div>
      <FilterForm
        values={{
          ...raw,
          from: filters?.from ? toFilterDateTime(filters.from) : raw.from,
          to: filters?.to ? toFilterDateTime(filters.to) : raw.to,
        }}
        senders={lines.map((line) => line.number)}
      />
      {!parsed.success && (
        <p role="alert" data-testid="send-log-filter-error" className="rounded-md bg-red-50 p-3 text-sm text-red-800 ring-1 ring-red-200">
          Invalid filter: {describeZodError(parsed.error)}
        </p>
      )}
      {page && (
        <>
          <SendLogTable rows={page.rows} />
          <nav aria-label="Pages" className="flex items-center justify-between gap-2 text-sm">
            {filters?.cursor ? (
              <Link
                href={`/admin/send-log${query}`}
                data-testid="send-log-newest"
                className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100"
              >
                ← Newest
              </Link>
            ) : (
              <span />
            )}
            {page.nextCursor && filters && (
              <Link
                href={`/admin/send-log${sendLogQueryString(filters, { cursor: page.nextCursor })}`}
                data-testid="send-log-older"
                className="rounded-md px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-100"
              >
                Older →
              </Link>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
