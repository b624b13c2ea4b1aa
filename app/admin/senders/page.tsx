import { LiveRefresh } from "@/components/admin/live/live-refresh";
import { AddSenderForm } from "@/components/admin/senders/add-sender-form";
import { toSenderRowViews } from "@/components/admin/senders/row-view";
import { SenderTable } from "@/components/admin/senders/sender-table";
import { TestAllLines } from "@/components/admin/senders/test-all-lines";
import { canWrite } from "@/lib/auth/session";
import { requireAdminPage } from "@/lib/http/page-session";
import { getSenderLinesOverview } from "@/lib/senders/admin";
import { getServerContext } from "@/lib/server/app-context";

export const metadata = { title: "Sender lines" };

export default async function SendersPage() {
  const session = await requireAdminPage();
  const ctx = await getServerContext();
  const { lines, activeId } = await getSenderLinesOverview(ctx.db);
  const rows = toSenderRowViews(lines, activeId);
  const active = rows.find((row) => row.active);
  const writable = canWrite(session);

  return (
    <div className="space-y-6">
      <LiveRefresh />
      <header className="space-y-1">
        <h1 className="text-xl font-bold">Sender lines</h1>
        <p className="text-sm text-slate-600">
          OTPs are sent from the active line
          {active ? (
            <>
              {" "}
              (<span className="font-mono">{active.number}</span>)
            </>
          ) : (
            <span className="font-medium text-red-700"> (none is active: OTP requests will fail)</span>
          )}
          . A change takes effect on the next OTP request, without a restart.
          {!writable && " You have read-only access."}
        </p>
      </header>
      {writable && <AddSenderForm />}
      {writable && <TestAllLines />}
      <SenderTable rows={rows} canWrite={writable} />
    </div>
  );
}
