import { useTranslations } from "next-intl";

export function ModeBadge({ mode }: { mode: "sandbox" | "live" }) {
  const t = useTranslations("mode");
  const tone = mode === "sandbox" ? "bg-amber-100 text-amber-900 ring-amber-300" : "bg-emerald-100 text-emerald-900 ring-emerald-300";
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ${tone}`} data-testid="mode-badge">
      {t(mode)}
    </span>
  );
}
