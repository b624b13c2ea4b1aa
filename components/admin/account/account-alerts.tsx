import type { AccountAlert } from "@/lib/account/health";

export function AccountAlerts({ alerts }: { alerts: AccountAlert[] }) {
  if (alerts.length === 0) return null;
  return (
    <ul className="space-y-2" data-testid="account-alerts">
      {alerts.map((alert) => (
        <li
          key={alert.message}
          role={alert.level === "error" ? "alert" : undefined}
          className={`whitespace-pre-line rounded-md p-3 text-sm ring-1 ${
            alert.level === "error" ? "bg-red-50 text-red-800 ring-red-200" : "bg-amber-50 text-amber-900 ring-amber-200"
          }`}
        >
          {alert.message}
        </li>
      ))}
    </ul>
  );
}
