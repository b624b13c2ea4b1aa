"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { adminFetch } from "@/components/admin/admin-fetch";

export function RefreshButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function refresh() {
    setPending(true);
    setError("");
    const result = await adminFetch("/api/admin/account/refresh", "POST");
    if (!result.ok) setError(result.detail);
    router.refresh();
    setPending(false);
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={refresh}
        disabled={pending}
        data-testid="account-refresh"
        className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? "Refreshing…" : "Refresh now"}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
