"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, type ReactNode, type SubmitEvent } from "react";
import type { ZodType } from "zod";
import { FormField } from "@/components/admin/form-field";
import { inputClass, smallButton } from "@/components/admin/form-bits";
import { useAdminAction } from "@/components/admin/use-admin-action";
import type { NotificationDeliveryView } from "@/lib/notifications/dispatch";
import { TELEGRAM_OFFICIAL_API } from "@/lib/notifications/fields";
import {
  channelNames,
  notificationSettingsPatchSchema,
  type NotificationSettingsPatch,
  type NotificationSettingsView,
} from "@/lib/notifications/settings-schema";

type Channel = (typeof channelNames)[number];
type Values = Record<string, string>;

const SETTINGS_API = "/api/admin/notifications";

interface FieldSpec {
  name: string;
  /** Its label (and hint, when it has one) are under notify.<channel>.<name> in the messages. */
  hint?: true;
  example?: string;
  multiline?: boolean;
  password?: boolean;
  /** A secret is never sent to the browser whole: its input starts empty, with the masked stored value shown instead. */
  value: { secret: (view: NotificationSettingsView) => string } | { initial: (view: NotificationSettingsView) => string };
}

interface ChannelSpec {
  fields: FieldSpec[];
}

const channels: Record<Channel, ChannelSpec> = {
  webhook: {
    fields: [
      { name: "url", example: "https://hooks.slack.com/services/…", value: { secret: (view) => view.webhook.url } },
      {
        name: "secret",
        hint: true,
        password: true,
        value: { secret: (view) => (view.webhook.secretSet ? "••• (set)" : "") },
      },
    ],
  },
  email: {
    fields: [
      {
        name: "smtpUrl",
        example: "smtp://user:password@mail.example.com:587",
        value: { secret: (view) => view.email.smtpUrl },
      },
      { name: "from", example: "otp-gateway@example.com", value: { initial: (view) => view.email.from } },
      { name: "to", hint: true, multiline: true, value: { initial: (view) => view.email.to.join("\n") } },
    ],
  },
  telegram: {
    fields: [
      {
        name: "botToken",
        hint: true,
        example: "123456789:AA…",
        value: { secret: (view) => view.telegram.botToken },
      },
      { name: "chatId", example: "-1001234567890 / @channel_name", value: { initial: (view) => view.telegram.chatId } },
      {
        name: "apiBaseUrl",
        hint: true,
        value: { initial: (view) => view.telegram.apiBaseUrl },
      },
    ],
  },
};

// Each channel is saved on its own: validated by its part of the API's schema, so the errors name its fields.
const channelPatchSchemas: Record<Channel, ZodType> = {
  webhook: notificationSettingsPatchSchema.shape.webhook.unwrap(),
  email: notificationSettingsPatchSchema.shape.email.unwrap(),
  telegram: notificationSettingsPatchSchema.shape.telegram.unwrap(),
};

const forgotten = {
  webhook: { enabled: false, url: "", secret: "" },
  email: { enabled: false, smtpUrl: "", from: "", to: [] },
  telegram: { enabled: false, botToken: "", chatId: "", apiBaseUrl: TELEGRAM_OFFICIAL_API },
} satisfies Required<NotificationSettingsPatch>;

function formValues(fields: FieldSpec[], view: NotificationSettingsView): Values {
  return Object.fromEntries(fields.map((field) => [field.name, "initial" in field.value ? field.value.initial(view) : ""]));
}

/** What Save sends: every plain field, and only the secrets that were typed in (an empty one keeps the stored value). */
function patchInput(fields: FieldSpec[], enabled: boolean, values: Values): Record<string, unknown> {
  const input: Record<string, unknown> = { enabled };
  for (const field of fields) {
    const value = values[field.name] ?? "";
    if ("secret" in field.value && value.trim() === "") continue;
    input[field.name] = value;
  }
  return input;
}

export function NotificationSettingsForm({
  settings,
  reminderMinutes,
  canWrite,
}: {
  settings: NotificationSettingsView;
  reminderMinutes: number;
  canWrite: boolean;
}) {
  const t = useTranslations("notify");
  const link = (href: string) =>
    function PageLink(text: ReactNode) {
      return (
        <Link href={href} className="underline">
          {text}
        </Link>
      );
    };
  return (
    <div className="space-y-6" data-testid="notification-settings">
      <p className="text-sm text-slate-600">
        {t.rich("intro", {
          reminders: reminderMinutes > 0 ? t("reminders", { minutes: reminderMinutes }) : t("noReminders"),
          general: link("/admin/settings"),
          incidents: link("/admin/incidents"),
        })}
      </p>
      {!canWrite && <p className="text-sm text-slate-600">{t("readOnly")}</p>}
      {channelNames.map((channel) => (
        <ChannelSection key={channel} channel={channel} view={settings} canWrite={canWrite} />
      ))}
    </div>
  );
}

function ChannelSection({ channel, view, canWrite }: { channel: Channel; view: NotificationSettingsView; canWrite: boolean }) {
  const t = useTranslations("notify");
  const spec = channels[channel];
  const title = t(`${channel}.title`);
  const [stored, setStored] = useState(view);
  const [enabled, setEnabled] = useState(view[channel].enabled);
  const [values, setValues] = useState(() => formValues(spec.fields, view));
  const [confirmingForget, setConfirmingForget] = useState(false);

  function showStored(next: NotificationSettingsView) {
    setStored(next);
    setEnabled(next[channel].enabled);
    setValues(formValues(spec.fields, next));
  }

  const save = useAdminAction<{ settings: NotificationSettingsView }>({
    onSuccess: (data) => showStored(data.settings),
    successMessage: (data) => t(data.settings[channel].enabled ? "savedOn" : "savedOff"),
    invalidMessage: t("fixFields"),
  });
  const forget = useAdminAction<{ settings: NotificationSettingsView }>({
    onSuccess: (data) => {
      showStored(data.settings);
      setConfirmingForget(false);
    },
    successMessage: () => t("forgotten"),
  });
  const test = useAdminAction<{ delivery: NotificationDeliveryView }>();
  const pending = save.pending || forget.pending || test.pending;
  const message = save.message ?? forget.message;

  function handleSave(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    forget.clearMessage();
    void save.submit(channelPatchSchemas[channel], patchInput(spec.fields, enabled, values), (valid) => ({
      path: SETTINGS_API,
      method: "PATCH",
      body: { [channel]: valid },
    }));
  }

  function handleForget() {
    save.clearMessage();
    save.clearErrors();
    void forget.send({ path: SETTINGS_API, method: "PATCH", body: { [channel]: forgotten[channel] } });
  }

  const set = (name: string) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    save.clearMessage();
  };

  return (
    <form
      onSubmit={handleSave}
      noValidate
      className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      data-testid={`notify-${channel}`}
    >
      <fieldset disabled={!canWrite || pending} className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="font-semibold">{title}</h2>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input
              type="checkbox"
              checked={enabled}
              onChange={(event) => {
                setEnabled(event.target.checked);
                save.clearMessage();
              }}
              data-testid={`notify-${channel}-enabled`}
            />
            {t("on")}
          </label>
        </div>
        <p className="text-xs text-slate-600">{t.rich(`${channel}.about`, { code: (text) => <code dir="ltr">{text}</code> })}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {spec.fields.map((field) => (
            <ChannelField
              key={field.name}
              channel={channel}
              field={field}
              stored={"secret" in field.value ? field.value.secret(stored) : ""}
              value={values[field.name] ?? ""}
              error={save.errors[field.name]}
              onChange={set(field.name)}
            />
          ))}
        </div>
        {/* One full-width button per row on a phone, where three side by side would wrap unevenly. */}
        <div className="grid grid-cols-1 gap-2 sm:flex sm:flex-wrap sm:items-center">
          <button
            type="submit"
            className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:cursor-not-allowed disabled:opacity-60"
            data-testid={`notify-${channel}-save`}
          >
            {save.pending ? t("saving") : t("save")}
          </button>
          <button
            type="button"
            onClick={() => void test.send({ path: `${SETTINGS_API}/test`, method: "POST", body: { channel } })}
            className="rounded-md bg-white px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60"
            title={t("testTitle")}
            data-testid={`notify-${channel}-test`}
          >
            {test.pending ? t("sending") : t("test")}
          </button>
          {confirmingForget ? (
            <span className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={t("forgetLabel", { channel: title })}>
              <span className="text-red-800">{t("forgetQuestion")}</span>
              <button
                type="button"
                onClick={handleForget}
                className={`${smallButton} bg-red-600 text-white ring-red-700`}
                data-testid={`notify-${channel}-forget-confirm`}
              >
                {forget.pending ? t("forgetting") : t("forget")}
              </button>
              <button
                type="button"
                onClick={() => setConfirmingForget(false)}
                className={`${smallButton} text-slate-700 ring-slate-300`}
                data-testid={`notify-${channel}-forget-cancel`}
              >
                {t("cancel")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              onClick={() => setConfirmingForget(true)}
              className="rounded-md bg-white px-4 py-2 text-sm font-medium text-red-700 ring-1 ring-inset ring-red-300 hover:bg-red-50"
              data-testid={`notify-${channel}-forget`}
            >
              {t("forgetStart")}
            </button>
          )}
        </div>
      </fieldset>
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-700"}`}
          data-testid={`notify-${channel}-message`}
        >
          {message.text}
        </p>
      )}
      {test.data && <TestResult channel={channel} delivery={test.data.delivery} />}
      {test.message?.tone === "error" && (
        <p role="alert" className="text-sm text-red-700" data-testid={`notify-${channel}-test-error`}>
          {test.message.text}
        </p>
      )}
    </form>
  );
}

function ChannelField(props: {
  channel: Channel;
  field: FieldSpec;
  stored: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("notify");
  const { channel, field, stored, value, error } = props;
  const key = `${channel}.${field.name}` as "webhook.url";
  const hint = [field.hint && t(`${key}Hint` as "webhook.secretHint"), stored && t("keepEmpty")].filter(Boolean).join("; ");
  const input = {
    name: field.name,
    value,
    placeholder: stored || field.example,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
    className: `${inputClass(Boolean(error))} font-mono`,
    spellCheck: false,
    "data-testid": `notify-${channel}-${field.name}`,
  };
  return (
    <FormField label={t(key)} hint={hint || undefined} error={error} errorTestId={`notify-error-${channel}-${field.name}`}>
      {field.multiline ? (
        <textarea {...input} dir="ltr" rows={3} />
      ) : (
        <input {...input} type={field.password ? "password" : "text"} dir="ltr" autoComplete={field.password ? "new-password" : "off"} />
      )}
    </FormField>
  );
}

function TestResult({ channel, delivery }: { channel: Channel; delivery: NotificationDeliveryView }) {
  const t = useTranslations("notify");
  const sent = delivery.outcome === "sent";
  return (
    <div
      className={`space-y-1 rounded-md p-3 text-sm ring-1 ${sent ? "bg-emerald-50 ring-emerald-200" : "bg-red-50 ring-red-200"}`}
      data-testid={`notify-${channel}-test-result`}
      data-outcome={delivery.outcome}
    >
      <p className="font-medium">{t(sent ? "testSent" : "testFailed")}</p>
      <p>
        <span className="text-slate-500">{t(sent ? "receiverAnswered" : "whatHappened")} </span>
        <span className="break-words font-mono text-xs">{delivery.result || "–"}</span>
      </p>
    </div>
  );
}
