import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { ModeBadge } from "@/components/ui/mode-badge";
import { Preferences } from "@/components/ui/preferences";
import { getPageTheme } from "@/lib/http/page-preferences";
import { getPageSession } from "@/lib/http/page-session";
import { getServerContext } from "@/lib/server/app-context";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getPageSession()) redirect("/admin");
  const [{ error }, ctx, theme, t] = await Promise.all([searchParams, getServerContext(), getPageTheme(), getTranslations("signin")]);
  return (
    <main className="mx-auto mt-10 max-w-sm space-y-6 p-6">
      <div className="flex justify-end">
        <Preferences initialTheme={theme} />
      </div>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <ModeBadge mode={ctx.mode} />
      </div>
      <SignInForm initialError={error} />
      {ctx.mode === "sandbox" && ctx.database.kind === "pglite" && (
        <p className="text-xs text-slate-600">{t.rich("sandboxUsers", { code: (text) => <code dir="ltr">{text}</code> })}</p>
      )}
    </main>
  );
}
