"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";

/** The whole row opens the detail; the link in its first cell does the same without JavaScript. */
export function ClickableRow({ href, status, className, children }: { href: string; status: number | null; className: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <tr
      data-testid="send-log-row"
      data-status={status ?? ""}
      onClick={(event) => {
        if (!(event.target instanceof Element) || !event.target.closest("a")) router.push(href);
      }}
      className={`${className} cursor-pointer hover:bg-slate-50`}
    >
      {children}
    </tr>
  );
}
