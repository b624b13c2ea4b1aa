import { getTranslations } from "next-intl/server";
import { NotificationDeliveries } from "@/components/admin/settings/notification-deliveries";
import { NotificationSettingsForm } from "@/components/admin/settings/notification-settings-form";
import { SettingsTabs } from "@/components/admin/settings/settings-tabs";
import { canWrite } from "@/lib/auth/session";
import { requireAdminPage } from "@/lib/http/page-session";
import { listNotificationDeliveries } from "@/lib/notifications/dispatch";
import { getNotificationSettings, toNotificationSettingsView } from "@/lib/notifications/settings";
import { getServerContext } from "@/lib/server/app-context";
import { getSettings } from "@/lib/settings/store";

export async function generateMetadata() {
  return { title: (await getTranslations("meta"))("notifications") };
}

export default async function NotificationSettingsPage() {
  const session = await requireAdminPage();
  const ctx = await getServerContext();
  const [settings, deliveries, { reminderMinutes }, t] = await Promise.all([
    getNotificationSettings(ctx.db),
    listNotificationDeliveries(ctx.sql),
    getSettings(ctx.db),
    getTranslations("settings"),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("notificationsIntro")}</p>
      </header>
      <SettingsTabs current="notifications" />
      <NotificationSettingsForm settings={toNotificationSettingsView(settings)} reminderMinutes={reminderMinutes} canWrite={canWrite(session)} />
      <NotificationDeliveries deliveries={deliveries} />
    </div>
  );
}
