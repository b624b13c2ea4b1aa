"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HourlyAttempts } from "@/lib/send-log/stats";

const hourLabel = (iso: string) => `${iso.slice(11, 13)}:00`;

/** Attempts per hour (UTC), sent and failed stacked. */
export function AttemptsChart({ hourly }: { hourly: HourlyAttempts[] }) {
  return (
    <div
      className="h-64 w-full min-w-0 overflow-hidden"
      data-testid="attempts-chart"
      role="img"
      aria-label="Send attempts per hour over the last 24 hours, sent and failed"
    >
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 300, height: 256 }}>
        <BarChart data={hourly} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="hour" tickFormatter={hourLabel} tick={{ fontSize: 11, fill: "#64748b" }} interval="preserveStartEnd" minTickGap={16} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#64748b" }} />
          <Tooltip labelFormatter={(label) => (typeof label === "string" ? `${label.slice(0, 13).replace("T", " ")}:00 UTC` : label)} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="sent" name="Sent" stackId="attempts" fill="#10b981" />
          <Bar dataKey="failed" name="Failed" stackId="attempts" fill="#ef4444" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
