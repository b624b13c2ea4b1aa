import { SettingsForm } from "@/components/admin/settings/settings-form";
import { SettingsTabs } from "@/components/admin/settings/settings-tabs";
import { canWrite } from "@/lib/auth/session";
import { requireAdminPage } from "@/lib/http/page-session";
import { getServerContext } from "@/lib/server/app-context";
import { getSettings } from "@/lib/settings/store";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const session = await requireAdminPage();
  const ctx = await getServerContext();
  const settings = await getSettings(ctx.db);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-bold">Settings</h1>
        <p className="text-sm text-slate-600">Read at every OTP request: a saved change applies to the next one, without a restart.</p>
      </header>
      <SettingsTabs current="general" />
      <SettingsForm settings={settings} canWrite={canWrite(session)} />
    </div>
  );
}
