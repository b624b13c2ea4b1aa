"use client";

import { useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type SubmitEvent } from "react";

const messageKeys: Record<string, "wrong" | "tooMany"> = { CredentialsSignin: "wrong", TooManyAttempts: "tooMany" };

export function SignInForm({ initialError }: { initialError?: string }) {
  const t = useTranslations("signin");
  const router = useRouter();
  const describe = (code: string) => t(messageKeys[code] ?? "failed");
  const [error, setError] = useState(initialError ? describe(initialError) : "");
  const [pending, setPending] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError("");
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    const result = await signIn("credentials", {
      email: text("email"),
      password: text("password"),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace("/admin");
      router.refresh();
    } else {
      setError(describe(result?.error ?? ""));
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <label className="block space-y-1 text-sm">
        <span className="font-medium">{t("email")}</span>
        <input name="email" type="email" required autoComplete="username" dir="ltr" className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <label className="block space-y-1 text-sm">
        <span className="font-medium">{t("password")}</span>
        <input
          name="password"
          type="password"
          required
          autoComplete="current-password"
          dir="ltr"
          className="w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
