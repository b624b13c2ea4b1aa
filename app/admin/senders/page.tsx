import { getTranslations } from "next-intl/server";
import { LiveRefresh } from "@/components/admin/live/live-refresh";
import { AddSenderForm } from "@/components/admin/senders/add-sender-form";
import { toSenderRowViews } from "@/components/admin/senders/row-view";
import { SenderTable } from "@/components/admin/senders/sender-table";
import { TestAllLines } from "@/components/admin/senders/test-all-lines";
import { canWrite } from "@/lib/auth/session";
import { requireAdminPage } from "@/lib/http/page-session";
import { getSenderLinesOverview } from "@/lib/senders/admin";
import { getServerContext } from "@/lib/server/app-context";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("senders") };
}

export default async function SendersPage() {
  const session = await requireAdminPage();
  const ctx = await getServerContext();
  const [{ lines, activeId }, t] = await Promise.all([getSenderLinesOverview(ctx.db), getTranslations("senders")]);
  const rows = toSenderRowViews(lines, activeId);
  const active = rows.find((row) => row.active);
  const writable = canWrite(session);

  return (
    <div className="space-y-6">
      <LiveRefresh />
      <header className="space-y-1">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">
          {active
            ? t.rich("introActive", {
                number: active.number,
                ltr: (text) => (
                  <bdi dir="ltr" className="font-mono">
                    {text}
                  </bdi>
                ),
              })
            : t.rich("introNone", { warn: (text) => <span className="font-medium text-red-700">{text}</span> })}
          {!writable && ` ${t("readOnly")}`}
        </p>
      </header>
      {writable && <AddSenderForm />}
      {writable && <TestAllLines />}
      <SenderTable rows={rows} canWrite={writable} />
    </div>
  );
}
