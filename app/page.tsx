import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ModeBadge } from "@/components/ui/mode-badge";
import { getServerContext } from "@/lib/server/app-context";

export default async function HomePage() {
  const [ctx, t, meta] = await Promise.all([getServerContext(), getTranslations("home"), getTranslations("meta")]);
  return (
    <main className="mx-auto max-w-2xl space-y-6 p-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{meta("app")}</h1>
        <ModeBadge mode={ctx.mode} />
      </header>
      {ctx.mode === "sandbox" && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          {t.rich("sandbox", {
            link: (text) => (
              <a className="font-medium underline" href="/api/sandbox/outbox">
                {text}
              </a>
            ),
          })}
        </p>
      )}
      <section className="space-y-2 text-sm">
        <h2 className="font-semibold">{t("api")}</h2>
        <pre
          dir="ltr"
          tabIndex={0}
          className="code-block overflow-x-auto rounded-md p-3"
        >{`POST /api/v1/usr/otp          {"phone_number": "+989123456789"}
POST /api/v1/usr/otp/verify   {"phone_number": "+989123456789", "code": "123456"}
GET  /api/health`}</pre>
      </section>
      <Link className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white" href="/admin">
        {t("console")}
      </Link>
    </main>
  );
}
