import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "OTP Gateway", template: "%s · OTP Gateway" },
  description: "One-time passwords by SMS through Kavenegar, with an admin console.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request: the Content-Security-Policy nonce (lib/server/front-door.ts)
// is new each time, and a prerendered page's scripts would carry none.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
