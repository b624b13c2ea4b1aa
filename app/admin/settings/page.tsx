import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { SettingsTabs } from "@/components/admin/settings/settings-tabs";
import { canWrite } from "@/lib/auth/session";
import { requireAdminPage } from "@/lib/http/page-session";
import { getServerContext } from "@/lib/server/app-context";
import { getSettings } from "@/lib/settings/store";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("settings") };
}

export default async function SettingsPage() {
  const session = await requireAdminPage();
  const ctx = await getServerContext();
  const [settings, t] = await Promise.all([getSettings(ctx.db), getTranslations("settings")]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("intro")}</p>
      </header>
      <SettingsTabs current="general" />
      <SettingsForm settings={settings} canWrite={canWrite(session)} />
    </div>
  );
}
