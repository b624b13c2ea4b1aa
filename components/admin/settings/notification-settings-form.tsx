"use client";

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
} from "@/lib/notifications/settings";

type Channel = (typeof channelNames)[number];
type Values = Record<string, string>;

const SETTINGS_API = "/api/admin/notifications";

interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  example?: string;
  multiline?: boolean;
  password?: boolean;
  /** A secret is never sent to the browser whole: its input starts empty, with the masked stored value shown instead. */
  value: { secret: (view: NotificationSettingsView) => string } | { initial: (view: NotificationSettingsView) => string };
}

interface ChannelSpec {
  title: string;
  about: ReactNode;
  fields: FieldSpec[];
}

const channels: Record<Channel, ChannelSpec> = {
  webhook: {
    title: "Webhook",
    about: (
      <>
        A JSON POST to the URL. Slack and Mattermost incoming webhooks show its <code>text</code>; other receivers can read its fields (
        <code>event</code>, <code>kind</code>, <code>line</code>, <code>provider_status</code>…). With a signing secret, each request carries{" "}
        <code>X-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;</code>, so the receiver can tell it came from this gateway.
      </>
    ),
    fields: [
      { name: "url", label: "URL", example: "https://hooks.slack.com/services/…", value: { secret: (view) => view.webhook.url } },
      {
        name: "secret",
        label: "Signing secret",
        hint: "optional",
        password: true,
        value: { secret: (view) => (view.webhook.secretSet ? "••• (set)" : "") },
      },
    ],
  },
  email: {
    title: "E-mail",
    about: "Through your own SMTP server, to every address listed.",
    fields: [
      {
        name: "smtpUrl",
        label: "SMTP server",
        example: "smtp://user:password@mail.example.com:587",
        value: { secret: (view) => view.email.smtpUrl },
      },
      { name: "from", label: "From", example: "otp-gateway@example.com", value: { initial: (view) => view.email.from } },
      { name: "to", label: "To", hint: "one address per line, or commas", multiline: true, value: { initial: (view) => view.email.to.join("\n") } },
    ],
  },
  telegram: {
    title: "Telegram",
    about: "Through a Telegram bot: add the bot to the group, or make it an admin of the channel, before testing.",
    fields: [
      {
        name: "botToken",
        label: "Bot token",
        hint: "from @BotFather",
        example: "123456789:AA…",
        value: { secret: (view) => view.telegram.botToken },
      },
      { name: "chatId", label: "Chat id", example: "-1001234567890 or @channel_name", value: { initial: (view) => view.telegram.chatId } },
      {
        name: "apiBaseUrl",
        label: "API base URL",
        hint: "change only to go through a Bot API proxy",
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
  const reminders =
    reminderMinutes > 0 ? `a reminder every ${reminderMinutes} minutes while it stays open` : "no reminders while it stays open (they are off)";
  return (
    <div className="space-y-6" data-testid="notification-settings">
      <p className="text-sm text-slate-600">
        Every channel that is on gets one message when an incident opens and one when it resolves, with {reminders}: see &ldquo;Remind of an open
        incident every&rdquo; under{" "}
        <Link href="/admin/settings" className="underline">
          General
        </Link>
        . Each message links to the{" "}
        <Link href="/admin/incidents" className="underline">
          Incidents
        </Link>{" "}
        page.
      </p>
      {!canWrite && <p className="text-sm text-slate-600">You have read-only access; an admin can change where notifications go.</p>}
      {channelNames.map((channel) => (
        <ChannelSection key={channel} channel={channel} view={settings} canWrite={canWrite} />
      ))}
    </div>
  );
}

function ChannelSection({ channel, view, canWrite }: { channel: Channel; view: NotificationSettingsView; canWrite: boolean }) {
  const spec = channels[channel];
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
    successMessage: (data) => (data.settings[channel].enabled ? "Saved: incident notices go to this channel." : "Saved: this channel is off."),
    invalidMessage: "Fix the fields marked in red.",
  });
  const forget = useAdminAction<{ settings: NotificationSettingsView }>({
    onSuccess: (data) => {
      showStored(data.settings);
      setConfirmingForget(false);
    },
    successMessage: () => "Forgotten: the channel is off and its settings are cleared.",
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
          <h2 className="font-semibold">{spec.title}</h2>
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
            On
          </label>
        </div>
        <p className="text-xs text-slate-600">{spec.about}</p>
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
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="submit"
            className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:cursor-not-allowed disabled:opacity-60"
            data-testid={`notify-${channel}-save`}
          >
            {save.pending ? "Saving…" : "Save"}
          </button>
          <button
            type="button"
            onClick={() => void test.send({ path: `${SETTINGS_API}/test`, method: "POST", body: { channel } })}
            className="rounded-md bg-white px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60"
            title="Sends a made-up incident with the saved settings: save your changes first."
            data-testid={`notify-${channel}-test`}
          >
            {test.pending ? "Sending…" : "Send test notification"}
          </button>
          {confirmingForget ? (
            <span className="flex flex-wrap items-center gap-2 text-sm" role="group" aria-label={`Forget the ${spec.title} settings`}>
              <span className="text-red-800">Clear this channel&apos;s settings and turn it off?</span>
              <button
                type="button"
                onClick={handleForget}
                className={`${smallButton} bg-red-600 text-white ring-red-700`}
                data-testid={`notify-${channel}-forget-confirm`}
              >
                {forget.pending ? "Forgetting…" : "Forget"}
              </button>
              <button
                type="button"
                onClick={() => setConfirmingForget(false)}
                className={`${smallButton} text-slate-700 ring-slate-300`}
                data-testid={`notify-${channel}-forget-cancel`}
              >
                Cancel
              </button>
            </span>
          ) : (
            <button
              type="button"
              onClick={() => setConfirmingForget(true)}
              className={`${smallButton} text-red-700 ring-red-300 hover:bg-red-50`}
              data-testid={`notify-${channel}-forget`}
            >
              Forget…
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
  const { channel, field, stored, value, error } = props;
  const hint = [field.hint, stored && "leave empty to keep"].filter(Boolean).join("; ");
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
    <FormField label={field.label} hint={hint || undefined} error={error} errorTestId={`notify-error-${channel}-${field.name}`}>
      {field.multiline ? (
        <textarea {...input} dir="ltr" rows={3} />
      ) : (
        <input {...input} type={field.password ? "password" : "text"} dir="ltr" autoComplete={field.password ? "new-password" : "off"} />
      )}
    </FormField>
  );
}

function TestResult({ channel, delivery }: { channel: Channel; delivery: NotificationDeliveryView }) {
  const sent = delivery.outcome === "sent";
  return (
    <div
      className={`space-y-1 rounded-md p-3 text-sm ring-1 ${sent ? "bg-emerald-50 ring-emerald-200" : "bg-red-50 ring-red-200"}`}
      data-testid={`notify-${channel}-test-result`}
      data-outcome={delivery.outcome}
    >
      <p className="font-medium">{sent ? "Test notification sent." : "The test notification was not delivered."}</p>
      <p>
        <span className="text-slate-500">{sent ? "The receiver answered: " : "What happened: "}</span>
        <span className="break-words font-mono text-xs">{delivery.result || "–"}</span>
      </p>
    </div>
  );
}
