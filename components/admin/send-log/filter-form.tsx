// A plain GET form: the filters become the page's query string, with or without JavaScript.
import Link from "next/link";

export interface FilterFormValues {
  phone?: string;
  messageId?: string;
  outcome?: string;
  status?: string;
  sender?: string;
  challenge?: string;
  from?: string;
  to?: string;
  limit?: string;
}

const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function FilterForm({ values, senders }: { values: FilterFormValues; senders: string[] }) {
  return (
    <form method="get" action="/admin/send-log" data-testid="send-log-filters" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">Phone</span>
          <input name="phone" defaultValue={values.phone} placeholder="09123456789 or its beginning" inputMode="tel" className={field} />
        </label>
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">Message id</span>
          <input name="messageId" defaultValue={values.messageId} placeholder="all or its beginning" inputMode="numeric" className={field} />
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Outcome</span>
          <select name="outcome" defaultValue={values.outcome ?? ""} className={field}>
            <option value="">Any</option>
            <option value="sent">Sent</option>
            <option value="failed">Failed</option>
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Provider status</span>
          <input name="status" defaultValue={values.status} placeholder="e.g. 412" inputMode="numeric" className={field} />
        </label>
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">Sender line</span>
          <input name="sender" defaultValue={values.sender} list="send-log-senders" placeholder="Any" className={field} />
          <datalist id="send-log-senders">
            {senders.map((number) => (
              <option key={number} value={number} />
            ))}
          </datalist>
        </label>
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">From (UTC)</span>
          <input name="from" type="datetime-local" step="1" defaultValue={values.from} className={field} />
        </label>
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">To (UTC, exclusive)</span>
          <input name="to" type="datetime-local" step="1" defaultValue={values.to} className={field} />
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Rows per page</span>
          <select name="limit" defaultValue={values.limit ?? "50"} className={field}>
            {["25", "50", "100", "200"].map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        {values.challenge && <input type="hidden" name="challenge" value={values.challenge} />}
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white">
            Filter
          </button>
          <Link href="/admin/send-log" className="rounded-md px-3 py-1.5 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100">
            Clear
          </Link>
        </div>
      </div>
      {values.challenge && (
        <p className="mt-3 text-xs text-slate-600">
          Only the attempts of challenge <code className="break-all">{values.challenge}</code>.
        </p>
      )}
    </form>
  );
}
