import Link from "next/link";
import { OutcomeBadge } from "@/components/admin/send-log/outcome-badge";
import type { SendAttempt } from "@/lib/send-log/attempt";
import { ProviderStatus } from "./provider-status";

const head = "whitespace-nowrap px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-500";
const cell = "whitespace-nowrap px-3 py-2 align-top";

/** Attempts as rows; shared by the Live page and the Overview's recent failures. */
export function LiveTable({
  attempts,
  freshIds,
  rowTestId = "live-row",
}: {
  attempts: SendAttempt[];
  freshIds?: ReadonlySet<string>;
  rowTestId?: string;
}) {
  return (
    <div className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50">
          <tr>
            <th className={head}>Time (UTC)</th>
            <th className={head}>Provider status</th>
            <th className={head}>Sender</th>
            <th className={head}>Phone</th>
            <th className={head}>Outcome</th>
            <th className={head}>Method</th>
            <th className={head}>
              <span className="sr-only">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((attempt) => {
            const failed = attempt.outcome === "failed";
            const fresh = freshIds?.has(attempt.id) ?? false;
            return (
              <tr
                key={attempt.id}
                data-testid={rowTestId}
                data-status={attempt.providerStatus ?? ""}
                data-outcome={attempt.outcome}
                className={`border-t border-slate-100 ${failed ? "bg-red-50/70" : ""}`}
              >
                <td className={`${cell} font-mono text-xs`}>
                  <time dateTime={attempt.createdAt} className="block">
                    {attempt.createdAt.slice(11, 19)}
                    {fresh && <span className="ms-1.5 rounded bg-slate-900 px-1 font-sans text-[10px] font-semibold uppercase text-white">new</span>}
                    <span className="block text-[11px] text-slate-500">{attempt.createdAt.slice(0, 10)}</span>
                  </time>
                </td>
                <td className="px-3 py-2 align-top">
                  <ProviderStatus attempt={attempt} />
                </td>
                <td className={`${cell} font-mono text-xs`}>{attempt.sender ?? "–"}</td>
                <td className={`${cell} font-mono text-xs`}>{attempt.phone}</td>
                <td className={cell}>
                  <OutcomeBadge outcome={attempt.outcome} />
                </td>
                <td className={cell}>
                  {attempt.method}
                  {attempt.purpose === "test" && <span className="ms-1 text-xs text-slate-500">(test)</span>}
                </td>
                <td className={`${cell} text-right`}>
                  <Link href={`/admin/send-log/${attempt.id}`} className="text-slate-700 underline underline-offset-2 hover:text-slate-900">
                    Details
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
