import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { useKavenegarText } from "@/components/admin/live/status-text";
import { Ltr } from "@/components/ui/ltr";
import { useFormat } from "@/components/ui/use-format";
import type { TestSendResult } from "@/lib/delivery/test-send";

export function TestSendResultView({ result }: { result: TestSendResult }) {
  const t = useTranslations("senders.result");
  const format = useFormat();
  const kavenegar = useTranslations("kavenegar");
  const kavenegarText = useKavenegarText();
  const ours = result.status === null ? null : kavenegarText(result.status);
  // Without a documented status our client's own account is the only one: kept, in English, as the technical detail.
  const transport = result.errorKind !== null && result.errorKind !== "api" ? result.errorKind : null;
  const meaning = ours?.meaning ?? (transport ? kavenegar(`transport.${transport}`) : result.explanation);
  const hint = ours?.hint ?? (transport === "timeout" ? kavenegar("timeoutHint") : transport ? kavenegar("unreachableHint") : result.adminHint);
  const tone = result.ok ? "bg-emerald-50 ring-emerald-200" : "bg-red-50 ring-red-200";
  const ltr = (text: ReactNode) => <Ltr>{text}</Ltr>;
  return (
    <div className={`space-y-1.5 rounded-md p-3 text-sm ring-1 ${tone}`} data-testid="test-send-result" data-status={result.status ?? ""}>
      <div className="flex flex-wrap items-center gap-2">
        <span
          dir="ltr"
          className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold ${result.ok ? "bg-emerald-700 text-white" : "bg-red-700 text-white"}`}
          data-testid="test-send-status"
        >
          {result.status ?? result.errorKind ?? "error"}
        </span>
        <span className="font-medium">{t.rich(result.ok ? "sent" : "notSent", { sender: result.sender, phone: result.phone, ltr })}</span>
      </div>
      {result.providerMessage && (
        <p>
          <span className="text-slate-600">{t("providerSaid")} </span>
          <span dir="rtl" lang="fa" className="font-medium">
            {result.providerMessage}
          </span>
        </p>
      )}
      <p>
        <span className="text-slate-600">{t("meaning")} </span>
        {meaning}
      </p>
      {transport && (
        <p className="text-slate-600" data-testid="technical-detail">
          {t("technical")}{" "}
          <span dir="ltr" lang="en" className="font-mono text-xs">
            {result.explanation}
          </span>
        </p>
      )}
      {result.adminHint && (
        <p className="text-amber-900">
          <span className="text-slate-600">{t("whatToDo")} </span>
          {hint}
        </p>
      )}
      <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {result.messageId && (
          <div>
            <dt className="inline">{t("messageId")} </dt>
            <dd className="inline">
              <Ltr>{result.messageId}</Ltr>
            </dd>
          </div>
        )}
        {result.cost !== null && (
          <div>
            <dt className="inline">{t("cost")} </dt>
            <dd className="inline">{format.rials(result.cost)}</dd>
          </div>
        )}
        <div>
          <dt className="inline">{t("latency")} </dt>
          <dd className="inline">{format.latency(result.latencyMs)}</dd>
        </div>
        <div>
          <dt className="inline">{t("sendLog")} </dt>
          <dd className="inline">
            <Link className="underline" href={`/admin/send-log/${result.attemptId}`}>
              {t.rich("attempt", { id: result.attemptId, ltr })}
            </Link>
          </dd>
        </div>
      </dl>
    </div>
  );
}
