import { CircleAlert, TriangleAlert } from "lucide-react";
import type { AccountAlert } from "@/lib/account/health";
import { useAccountAlertText } from "./alert-text";

export function AccountAlerts({ alerts }: { alerts: AccountAlert[] }) {
  const alertText = useAccountAlertText();
  if (alerts.length === 0) return null;
  return (
    <ul className="space-y-2" data-testid="account-alerts">
      {alerts.map((alert) => {
        const Icon = alert.level === "error" ? CircleAlert : TriangleAlert;
        return (
          <li key={alert.kind}>
            {/* The role on an inner box: a list item with role="alert" is no longer a list item (axe: list). */}
            <div
              role={alert.level === "error" ? "alert" : undefined}
              className={`flex gap-2 whitespace-pre-line rounded-md p-3 text-sm ring-1 ${
                alert.level === "error" ? "bg-red-50 text-red-800 ring-red-200" : "bg-amber-50 text-amber-900 ring-amber-200"
              }`}
            >
              <Icon aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0" />
              {alertText(alert)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
