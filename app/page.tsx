import Link from "next/link";
import { ModeBadge } from "@/components/ui/mode-badge";
import { getServerContext } from "@/lib/server/app-context";

export default async function HomePage() {
  const ctx = await getServerContext();
  return (
    <main className="mx-auto max-w-2xl space-y-6 p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">OTP Gateway</h1>
        <ModeBadge mode={ctx.mode} />
      </header>
      {ctx.mode === "sandbox" && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          Running in sandbox mode against the built-in Kavenegar simulator. Messages (with their codes) are in the{" "}
          <a className="font-medium underline" href="/api/sandbox/outbox">
            sandbox outbox
          </a>
          .
        </p>
      )}
      <section className="space-y-2 text-sm">
        <h2 className="font-semibold">API</h2>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-slate-100">{`POST /api/v1/usr/otp          {"phone_number": "+989123456789"}
POST /api/v1/usr/otp/verify   {"phone_number": "+989123456789", "code": "123456"}
GET  /api/health`}</pre>
      </section>
      <Link className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white" href="/admin">
        Admin console
      </Link>
    </main>
  );
}
