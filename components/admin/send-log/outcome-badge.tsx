import { CircleAlert, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";

export function OutcomeBadge({ outcome }: { outcome: "sent" | "failed" }) {
  const t = useTranslations("attempts.outcomes");
  const Icon = outcome === "sent" ? CircleCheck : CircleAlert;
  const tone = outcome === "sent" ? "bg-emerald-100 text-emerald-800 ring-emerald-300" : "bg-red-100 text-red-800 ring-red-300";
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${tone}`}>
      <Icon aria-hidden="true" className="h-3.5 w-3.5" />
      {t(outcome)}
    </span>
  );
}
