import type { ReactNode } from "react";

/** Text people copy (phone numbers, sender lines, ids, codes): Latin digits, left to right, in any language. */
export function Ltr({ children, className = "font-mono" }: { children: ReactNode; className?: string }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  );
}
