import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { ModeBadge } from "@/components/ui/mode-badge";
import { getPageSession } from "@/lib/http/page-session";
import { getServerContext } from "@/lib/server/app-context";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getPageSession()) redirect("/admin");
  const [{ error }, ctx] = await Promise.all([searchParams, getServerContext()]);
  return (
    <main className="mx-auto mt-16 max-w-sm space-y-6 p-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">OTP Gateway admin</h1>
        <ModeBadge mode={ctx.mode} />
      </div>
      <SignInForm initialError={error} />
      {ctx.mode === "sandbox" && ctx.database.kind === "pglite" && (
        <p className="text-xs text-slate-600">
          Sandbox users: <code>admin@sandbox.local</code> / <code>sandbox-admin-pass</code> (admin), <code>viewer@sandbox.local</code> /{" "}
          <code>sandbox-viewer-pass</code> (viewer).
        </p>
      )}
    </main>
  );
}
