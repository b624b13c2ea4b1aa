"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "@/components/ui/use-format";
import type { HourlyAttempts } from "@/lib/send-log/stats";

// The palette's variables, so the chart follows the theme (app/globals.css).
const axisTick = { fontSize: 11, fill: "var(--color-slate-600)" };

/** Attempts per hour in the console's time zone, sent and failed stacked; time runs with the reading direction. */
export function AttemptsChart({ hourly }: { hourly: HourlyAttempts[] }) {
  const t = useTranslations("overview.chart");
  const format = useFormat();
  const rtl = format.locale === "fa";
  return (
    <div className="h-64 w-full min-w-0 overflow-hidden" data-testid="attempts-chart" role="img" aria-label={t("label")}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 300, height: 256 }}>
        <BarChart data={hourly} margin={{ top: 8, right: rtl ? -16 : 8, bottom: 0, left: rtl ? 8 : -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--color-slate-200)" />
          <XAxis
            dataKey="hour"
            reversed={rtl}
            tickFormatter={(iso: string) => format.hour(iso)}
            tick={axisTick}
            stroke="var(--color-slate-300)"
            interval="preserveStartEnd"
            minTickGap={16}
          />
          <YAxis
            allowDecimals={false}
            orientation={rtl ? "right" : "left"}
            tickFormatter={(value: number) => format.number(value)}
            tick={axisTick}
            stroke="var(--color-slate-300)"
          />
          <Tooltip
            labelFormatter={(label) => (typeof label === "string" ? format.dateTime(label) : label)}
            formatter={(value) => (typeof value === "number" ? format.number(value) : value)}
            contentStyle={{ background: "var(--color-white)", borderColor: "var(--color-slate-200)", color: "var(--color-slate-900)" }}
          />
          {/* Recharts puts the swatch's gap on its right: on a right-to-left page the label needs its own. */}
          <Legend wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span className="rtl:ms-1">{value}</span>} />
          <Bar dataKey="sent" name={t("sent")} stackId="attempts" fill="var(--color-emerald-500)" isAnimationActive={false} />
          <Bar dataKey="failed" name={t("failed")} stackId="attempts" fill="var(--color-red-500)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
