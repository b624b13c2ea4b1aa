import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import { useFormat } from "@/components/ui/use-format";

// In this order; settings Kavenegar adds later follow under their own names.
const known = ["defaultsender", "mincreditalarm", "apilogs", "dailyreport", "debugmode", "resendfailed"] as const;

function ordered(config: Record<string, string>): [string, string][] {
  const rank = (name: string) => (known.includes(name as never) ? known.indexOf(name as never) : known.length);
  return Object.entries(config).sort(([a], [b]) => rank(a) - rank(b));
}

export function AccountConfig({ config }: { config: Record<string, string> | null }) {
  const t = useTranslations("account.config");
  const format = useFormat();
  const label = (name: string) => (known.includes(name as never) ? t(`labels.${name as (typeof known)[number]}`) : name);
  // On/off in words; other values (justfaults, a line) are Kavenegar's own, shown as sent.
  const shown = (name: string, value: string) => {
    if (name === "mincreditalarm" && /^\d+$/.test(value)) return format.rials(Number(value));
    if (value === "enabled" || value === "disabled") return t(`values.${value}`);
    return <Ltr>{value === "" ? "–" : value}</Ltr>;
  };
  return (
    <section className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="account-config">
      <h2 className="font-semibold">{t("title")}</h2>
      {config === null ? (
        <p className="text-sm text-slate-600">{t("unavailable")}</p>
      ) : (
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          {ordered(config).map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-slate-500">
                {label(name)} {/* Isolated: beside a label ending in Latin ("… API"), the key would join its run and swap places. */}
                <bdi>
                  <code className="text-xs text-slate-500">{name}</code>
                </bdi>
              </dt>
              <dd>{shown(name, value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
