"use client";

import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAdminAction } from "@/components/admin/use-admin-action";

export function RefreshButton() {
  const t = useTranslations("account");
  const { send, pending, message } = useAdminAction({ refreshOnFailure: true });

  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={() => void send({ path: "/api/admin/account/refresh", method: "POST" })}
        disabled={pending}
        data-testid="account-refresh"
        className="inline-flex items-center gap-1.5 rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white disabled:opacity-60"
      >
        <RefreshCw aria-hidden="true" className={`h-4 w-4 ${pending ? "animate-spin" : ""}`} />
        {pending ? t("refreshing") : t("refresh")}
      </button>
      {message && (
        <p role="alert" className="text-sm text-red-700">
          {message.text}
        </p>
      )}
    </div>
  );
}
