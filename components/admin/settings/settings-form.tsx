"use client";

import { useState, type ReactNode, type SubmitEvent } from "react";
import { settingsSchema, type Settings } from "@/lib/settings/schema";
import { FormField } from "@/components/admin/form-field";
import { fieldMessage, inputClass } from "@/components/admin/form-bits";
import { useAdminAction } from "@/components/admin/use-admin-action";

type FormValues = { [K in keyof Settings]: string };

const toFormValues = (settings: Settings): FormValues => ({
  codeLength: String(settings.codeLength),
  ttlSeconds: String(settings.ttlSeconds),
  resendCooldownSeconds: String(settings.resendCooldownSeconds),
  maxVerifyTries: String(settings.maxVerifyTries),
  messageTemplate: settings.messageTemplate,
  deliveryMethod: settings.deliveryMethod,
  lookupTemplate: settings.lookupTemplate,
  failover: settings.failover,
  phoneHourlyLimit: String(settings.phoneHourlyLimit),
  phoneDailyLimit: String(settings.phoneDailyLimit),
  clientLimitPer10Minutes: String(settings.clientLimitPer10Minutes),
  clientDailyLimit: String(settings.clientDailyLimit),
  globalHourlyLimit: String(settings.globalHourlyLimit),
  blockedNumbers: settings.blockedNumbers.join("\n"),
  proofOfWork: String(settings.proofOfWork),
  expiryWarningDays: String(settings.expiryWarningDays),
  lowCreditRials: String(settings.lowCreditRials),
  reminderMinutes: String(settings.reminderMinutes),
  keepAttemptsDays: String(settings.keepAttemptsDays),
  keepChallengesDays: String(settings.keepChallengesDays),
});

const alertFields = [
  { name: "expiryWarningDays", label: "Warn before the account expires", unit: "days" },
  { name: "lowCreditRials", label: "Low credit below", unit: "rials; 0 = the account's own alarm level" },
  { name: "reminderMinutes", label: "Remind of an open incident every", unit: "minutes; 0 = never" },
] as const;

const retentionFields = [
  { name: "keepAttemptsDays", label: "Keep send attempts", unit: "days (7 or more)" },
  { name: "keepChallengesDays", label: "Keep OTP challenges", unit: "days; their attempts stay" },
] as const;

const numberFields = [
  { name: "codeLength", label: "Code length", unit: "digits", min: 4, max: 10 },
  { name: "ttlSeconds", label: "Code lifetime", unit: "seconds", min: 30, max: 3600 },
  { name: "resendCooldownSeconds", label: "Resend cooldown", unit: "seconds", min: 0, max: 3600 },
  { name: "maxVerifyTries", label: "Max verify tries", unit: "per code", min: 1, max: 10 },
] as const;

const limitFields = [
  { name: "phoneHourlyLimit", label: "Codes per phone", unit: "an hour" },
  { name: "phoneDailyLimit", label: "Codes per phone", unit: "a day" },
  { name: "clientLimitPer10Minutes", label: "Requests per client address", unit: "in 10 minutes" },
  { name: "clientDailyLimit", label: "Requests per client address", unit: "a day" },
  { name: "globalHourlyLimit", label: "Codes overall", unit: "an hour" },
] as const;

export function SettingsForm({ settings, canWrite }: { settings: Settings; canWrite: boolean }) {
  const [values, setValues] = useState<FormValues>(() => toFormValues(settings));
  const { submit, pending, errors, message, clearMessage } = useAdminAction({
    onSuccess: (saved: Settings) => setValues(toFormValues(saved)),
    successMessage: () => "Saved. The next OTP request uses these settings.",
    invalidMessage: "Fix the fields marked in red.",
  });

  const set = (name: keyof FormValues) => (value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    clearMessage();
  };

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(settingsSchema, values, (body) => ({ path: "/api/admin/settings", method: "PATCH", body }));
  }

  const needsTemplate = values.deliveryMethod === "lookup" || values.failover === "lookup";
  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-6" data-testid="settings-form">
      <fieldset disabled={!canWrite || pending} className="space-y-6">
        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="font-semibold">One-time code</h2>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {numberFields.map((field) => (
              <FormField
                key={field.name}
                errorTestId={`setting-error-${field.name}`}
                label={field.label}
                hint={field.unit}
                error={errors[field.name]}
              >
                <input
                  type="number"
                  name={field.name}
                  min={field.min}
                  max={field.max}
                  value={values[field.name]}
                  onChange={(event) => set(field.name)(event.target.value)}
                  className={inputClass(Boolean(errors[field.name]))}
                  data-testid={`setting-${field.name}`}
                />
              </FormField>
            ))}
          </div>
          <FormField
            errorTestId="setting-error-messageTemplate"
            label="Message text"
            hint="{code} becomes the code, {minutes} the lifetime in minutes"
            error={errors.messageTemplate}
          >
            <textarea
              name="messageTemplate"
              dir="rtl"
              lang="fa"
              rows={3}
              value={values.messageTemplate}
              onChange={(event) => set("messageTemplate")(event.target.value)}
              className={inputClass(Boolean(errors.messageTemplate))}
              data-testid="setting-messageTemplate"
            />
          </FormField>
        </section>

        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <h2 className="font-semibold">Delivery</h2>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Method</legend>
            <Choice name="deliveryMethod" value="sms" current={values.deliveryMethod} onChange={set("deliveryMethod")}>
              Plain SMS from the active sender line, with the message text above
            </Choice>
            <Choice name="deliveryMethod" value="lookup" current={values.deliveryMethod} onChange={set("deliveryMethod")}>
              Kavenegar verify/lookup with a template approved in the Kavenegar panel
            </Choice>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              errorTestId="setting-error-lookupTemplate"
              label="Lookup template name"
              hint={needsTemplate ? "required for verify/lookup" : "used only by verify/lookup"}
              error={errors.lookupTemplate}
            >
              <input
                name="lookupTemplate"
                value={values.lookupTemplate}
                onChange={(event) => set("lookupTemplate")(event.target.value)}
                placeholder="e.g. otp-login"
                className={inputClass(Boolean(errors.lookupTemplate))}
                data-testid="setting-lookupTemplate"
              />
            </FormField>
            <FormField errorTestId="setting-error-failover" label="When the provider refuses the sender line (412/427)" error={errors.failover}>
              <select
                name="failover"
                value={values.failover}
                onChange={(event) => set("failover")(event.target.value)}
                className={inputClass(Boolean(errors.failover))}
                data-testid="setting-failover"
              >
                <option value="off">Fail the request (no failover)</option>
                <option value="next_line">Try the next enabled line by priority</option>
                <option value="lookup">Fall back to the lookup template</option>
              </select>
            </FormField>
          </div>
          {errors.deliveryMethod && <p className="text-xs text-red-700">{fieldMessage("Method", errors.deliveryMethod)}</p>}
        </section>

        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="space-y-1">
            <h2 className="font-semibold">Abuse limits</h2>
            <p className="text-xs text-slate-600">
              Every SMS costs credit. A request over a limit is answered 429 and sends nothing. 0 turns a limit off. Reaching the overall limit raises
              the console&apos;s alert: it means an attack or a client in a loop.
            </p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
            {limitFields.map((field) => (
              <FormField
                key={field.name}
                errorTestId={`setting-error-${field.name}`}
                label={field.label}
                hint={field.unit}
                error={errors[field.name]}
              >
                <input
                  type="number"
                  name={field.name}
                  min={0}
                  value={values[field.name]}
                  onChange={(event) => set(field.name)(event.target.value)}
                  className={inputClass(Boolean(errors[field.name]))}
                  data-testid={`setting-${field.name}`}
                />
              </FormField>
            ))}
          </div>
          <FormField
            errorTestId="setting-error-blockedNumbers"
            label="Blocked numbers"
            hint="one per line: a number, or the start of one to block a range (e.g. +98990)"
            error={errors.blockedNumbers}
          >
            <textarea
              name="blockedNumbers"
              dir="ltr"
              rows={3}
              value={values.blockedNumbers}
              onChange={(event) => set("blockedNumbers")(event.target.value)}
              className={`${inputClass(Boolean(errors.blockedNumbers))} font-mono`}
              data-testid="setting-blockedNumbers"
            />
          </FormField>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="proofOfWork"
              checked={values.proofOfWork === "true"}
              onChange={(event) => set("proofOfWork")(String(event.target.checked))}
              className="mt-1"
              data-testid="setting-proofOfWork"
            />
            <span>
              Require proof of work (ALTCHA) from callers: each request must carry a solved challenge from <code>GET /api/v1/usr/otp/challenge</code>.
              Turn on only when every caller is a browser page that solves it.
            </span>
          </label>
        </section>

        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="space-y-1">
            <h2 className="font-semibold">Incidents</h2>
            <p className="text-xs text-slate-600">
              When the account raises an incident, and how often an open one is sent again to the notification channels.
            </p>
          </div>
          <NumberFieldGrid fields={alertFields} values={values} errors={errors} onChange={set} />
        </section>
        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div>
            <h2 className="font-semibold">Data kept</h2>
            <p className="text-xs text-slate-600">
              Older rows are deleted every hour, a batch at a time, so that the send log stays fast as it grows.
            </p>
          </div>
          <NumberFieldGrid fields={retentionFields} values={values} errors={errors} onChange={set} />
        </section>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        {canWrite ? (
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
            data-testid="settings-save"
          >
            {pending ? "Saving…" : "Save settings"}
          </button>
        ) : (
          <p className="text-sm text-slate-600">You have read-only access; an admin can change these settings.</p>
        )}
        {message && (
          <p
            role={message.tone === "error" ? "alert" : "status"}
            className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-700"}`}
            data-testid="settings-message"
          >
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}

function Choice(props: { name: string; value: string; current: string; onChange: (value: string) => void; children: ReactNode }) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.current === props.value}
        onChange={() => props.onChange(props.value)}
        className="mt-1"
        data-testid={`setting-${props.name}-${props.value}`}
      />
      <span>{props.children}</span>
    </label>
  );
}

function NumberFieldGrid({
  fields,
  values,
  errors,
  onChange,
}: {
  fields: readonly { name: keyof FormValues; label: string; unit: string }[];
  values: FormValues;
  errors: Partial<Record<string, string>>;
  onChange: (name: keyof FormValues) => (value: string) => void;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      {fields.map((field) => (
        <FormField key={field.name} errorTestId={`setting-error-${field.name}`} label={field.label} hint={field.unit} error={errors[field.name]}>
          <input
            type="number"
            name={field.name}
            min={0}
            value={values[field.name]}
            onChange={(event) => onChange(field.name)(event.target.value)}
            className={inputClass(Boolean(errors[field.name]))}
            data-testid={`setting-${field.name}`}
          />
        </FormField>
      ))}
    </div>
  );
}
