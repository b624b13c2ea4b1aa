// A plain GET form: the filters become the page's query string, with or without JavaScript.
// Times are typed in the console's zone and calendar (`fromLocal`, `toLocal`); the page turns
// them into the UTC `from`/`to` that the API and the CSV export read.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useFormat } from "@/components/ui/use-format";

export interface FilterFormValues {
  phone?: string;
  messageId?: string;
  outcome?: string;
  status?: string;
  sender?: string;
  challenge?: string;
  fromLocal?: string;
  toLocal?: string;
  limit?: string;
}

const field = "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

export function FilterForm({ values, senders }: { values: FilterFormValues; senders: string[] }) {
  const t = useTranslations("sendLog.filters");
  const format = useFormat();
  // Jalali dates have no native picker: a text field that reads 1405/09/07 14:30 (Persian digits welcome).
  const jalali = format.locale === "fa";
  const dateInput = (name: "fromLocal" | "toLocal") =>
    jalali ? (
      <input name={name} defaultValue={values[name]} placeholder="1405/09/07 14:30" dir="ltr" className={field} title={t("jalaliHint")} />
    ) : (
      <input name={name} type="datetime-local" step="1" defaultValue={values[name]} className={field} />
    );
  return (
    <form method="get" action="/admin/send-log" data-testid="send-log-filters" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">{t("phone")}</span>
          <input name="phone" defaultValue={values.phone} placeholder={t("phoneHint")} inputMode="tel" dir="ltr" className={field} />
        </label>
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">{t("messageId")}</span>
          <input name="messageId" defaultValue={values.messageId} placeholder={t("messageIdHint")} inputMode="numeric" dir="ltr" className={field} />
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">{t("outcome")}</span>
          <select name="outcome" defaultValue={values.outcome ?? ""} className={field}>
            <option value="">{t("any")}</option>
            <option value="sent">{t("sent")}</option>
            <option value="failed">{t("failed")}</option>
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">{t("status")}</span>
          <input name="status" defaultValue={values.status} placeholder={t("statusExample")} inputMode="numeric" className={field} />
        </label>
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">{t("sender")}</span>
          <input name="sender" defaultValue={values.sender} list="send-log-senders" placeholder={t("any")} dir="ltr" className={field} />
          <datalist id="send-log-senders">
            {senders.map((number) => (
              <option key={number} value={number} />
            ))}
          </datalist>
        </label>
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">{t("from", { zone: format.timeZone })}</span>
          {dateInput("fromLocal")}
        </label>
        <label className="col-span-2 space-y-1 text-sm sm:col-span-1">
          <span className="font-medium">{t("to", { zone: format.timeZone })}</span>
          {dateInput("toLocal")}
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">{t("rows")}</span>
          <select name="limit" defaultValue={values.limit ?? "50"} className={field}>
            {["25", "50", "100", "200"].map((size) => (
              <option key={size} value={size}>
                {format.number(Number(size))}
              </option>
            ))}
          </select>
        </label>
        {values.challenge && <input type="hidden" name="challenge" value={values.challenge} />}
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white">
            {t("filter")}
          </button>
          <Link href="/admin/send-log" className="rounded-md px-3 py-1.5 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100">
            {t("clear")}
          </Link>
        </div>
      </div>
      {values.challenge && (
        <p className="mt-3 text-xs text-slate-600">
          {t.rich("challenge", { id: values.challenge, code: (text) => <code className="break-all">{text}</code> })}
        </p>
      )}
    </form>
  );
}
