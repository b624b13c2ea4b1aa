"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode, type SubmitEvent } from "react";
import { settingsSchema, type Settings } from "@/lib/settings/schema";
import { FormField } from "@/components/admin/form-field";
import { fieldMessage, inputClass } from "@/components/admin/form-bits";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { Ltr } from "@/components/ui/ltr";

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
  timeZone: settings.timeZone,
  notificationLocale: settings.notificationLocale,
});

/** Latin examples inside a hint (+98990, Asia/Tehran) stay whole on a Persian page. */
const ltr = (text: ReactNode) => <Ltr className="">{text}</Ltr>;

const alertFields = ["expiryWarningDays", "lowCreditRials", "reminderMinutes"] as const;

const retentionFields = ["keepAttemptsDays", "keepChallengesDays"] as const;

const numberFields = [
  { name: "codeLength", min: 4, max: 10 },
  { name: "ttlSeconds", min: 30, max: 3600 },
  { name: "resendCooldownSeconds", min: 0, max: 3600 },
  { name: "maxVerifyTries", min: 1, max: 10 },
] as const;

const limitFields = ["phoneHourlyLimit", "phoneDailyLimit", "clientLimitPer10Minutes", "clientDailyLimit", "globalHourlyLimit"] as const;

/** Time zones the runtime knows, for the field's suggestions (any IANA name is accepted). */
const timeZones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

export function SettingsForm({ settings, canWrite }: { settings: Settings; canWrite: boolean }) {
  const t = useTranslations("settings");
  const [values, setValues] = useState<FormValues>(() => toFormValues(settings));
  const { submit, pending, errors, message, clearMessage } = useAdminAction({
    onSuccess: (saved: Settings) => setValues(toFormValues(saved)),
    successMessage: () => t("saved"),
    invalidMessage: t("fixFields"),
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
          <h2 className="font-semibold">{t("code")}</h2>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {numberFields.map((field) => (
              <FormField
                key={field.name}
                errorTestId={`setting-error-${field.name}`}
                label={t(`fields.${field.name}.label`)}
                hint={t(`fields.${field.name}.unit`)}
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
          <FormField errorTestId="setting-error-messageTemplate" label={t("messageText")} hint={t("messageHint")} error={errors.messageTemplate}>
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
          <h2 className="font-semibold">{t("delivery")}</h2>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{t("method")}</legend>
            <Choice name="deliveryMethod" value="sms" current={values.deliveryMethod} onChange={set("deliveryMethod")}>
              {t("methodSms")}
            </Choice>
            <Choice name="deliveryMethod" value="lookup" current={values.deliveryMethod} onChange={set("deliveryMethod")}>
              {t("methodLookup")}
            </Choice>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              errorTestId="setting-error-lookupTemplate"
              label={t("lookupTemplate")}
              hint={needsTemplate ? t("lookupRequired") : t("lookupOnly")}
              error={errors.lookupTemplate}
            >
              <input
                name="lookupTemplate"
                value={values.lookupTemplate}
                onChange={(event) => set("lookupTemplate")(event.target.value)}
                placeholder="otp-login"
                dir="ltr"
                // One height for the pair: Persian option text sets the select's line taller than the Latin input's.
                className={`${inputClass(Boolean(errors.lookupTemplate))} h-10`}
                data-testid="setting-lookupTemplate"
              />
            </FormField>
            <FormField errorTestId="setting-error-failover" label={t("failover")} error={errors.failover}>
              <select
                name="failover"
                value={values.failover}
                onChange={(event) => set("failover")(event.target.value)}
                className={`${inputClass(Boolean(errors.failover))} h-10`}
                data-testid="setting-failover"
              >
                <option value="off">{t("failoverOff")}</option>
                <option value="next_line">{t("failoverNext")}</option>
                <option value="lookup">{t("failoverLookup")}</option>
              </select>
            </FormField>
          </div>
          {errors.deliveryMethod && <p className="text-xs text-red-700">{fieldMessage(t("method"), errors.deliveryMethod)}</p>}
        </section>

        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="space-y-1">
            <h2 className="font-semibold">{t("limits")}</h2>
            <p className="text-xs text-slate-600">{t("limitsIntro")}</p>
          </div>
          <NumberFieldGrid names={limitFields} columns="sm:grid-cols-2 lg:grid-cols-5" values={values} errors={errors} onChange={set} />
          <FormField
            errorTestId="setting-error-blockedNumbers"
            label={t("blocked")}
            hint={t.rich("blockedHint", { ltr })}
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
            <span>{t.rich("proofOfWork", { code: (text) => <code dir="ltr">{text}</code> })}</span>
          </label>
        </section>

        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="space-y-1">
            <h2 className="font-semibold">{t("incidents")}</h2>
            <p className="text-xs text-slate-600">{t("incidentsIntro")}</p>
          </div>
          <NumberFieldGrid names={alertFields} values={values} errors={errors} onChange={set} />
        </section>

        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="space-y-1">
            <h2 className="font-semibold">{t("dataKept")}</h2>
            <p className="text-xs text-slate-600">{t("dataKeptIntro")}</p>
          </div>
          <NumberFieldGrid names={retentionFields} values={values} errors={errors} onChange={set} />
        </section>

        <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <div className="space-y-1">
            <h2 className="font-semibold">{t("console")}</h2>
            <p className="text-xs text-slate-600">{t("consoleIntro")}</p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField errorTestId="setting-error-timeZone" label={t("timeZone")} hint={t.rich("timeZoneHint", { ltr })} error={errors.timeZone}>
              <input
                name="timeZone"
                list="setting-time-zones"
                dir="ltr"
                value={values.timeZone}
                onChange={(event) => set("timeZone")(event.target.value)}
                className={inputClass(Boolean(errors.timeZone))}
                data-testid="setting-timeZone"
              />
              <datalist id="setting-time-zones">
                {timeZones.map((zone) => (
                  <option key={zone} value={zone} />
                ))}
              </datalist>
            </FormField>
            <FormField
              errorTestId="setting-error-notificationLocale"
              label={t("notificationLocale")}
              hint={t("notificationLocaleHint")}
              error={errors.notificationLocale}
            >
              <select
                name="notificationLocale"
                value={values.notificationLocale}
                onChange={(event) => set("notificationLocale")(event.target.value)}
                className={inputClass(Boolean(errors.notificationLocale))}
                data-testid="setting-notificationLocale"
              >
                <option value="en">English</option>
                <option value="fa" lang="fa">
                  فارسی
                </option>
              </select>
            </FormField>
          </div>
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
            {pending ? t("saving") : t("save")}
          </button>
        ) : (
          <p className="text-sm text-slate-600">{t("readOnly")}</p>
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
  names,
  columns = "sm:grid-cols-3",
  values,
  errors,
  onChange,
}: {
  names: readonly ((typeof alertFields)[number] | (typeof retentionFields)[number] | (typeof limitFields)[number])[];
  /** The grid's columns from the small breakpoint up. */
  columns?: string;
  values: FormValues;
  errors: Partial<Record<string, string>>;
  onChange: (name: keyof FormValues) => (value: string) => void;
}) {
  const t = useTranslations("settings");
  return (
    <div className={`grid gap-4 ${columns}`}>
      {names.map((name) => (
        <FormField
          key={name}
          errorTestId={`setting-error-${name}`}
          label={t(`fields.${name}.label`)}
          hint={t(`fields.${name}.unit`)}
          error={errors[name]}
        >
          <input
            type="number"
            name={name}
            min={0}
            value={values[name]}
            onChange={(event) => onChange(name)(event.target.value)}
            className={inputClass(Boolean(errors[name]))}
            data-testid={`setting-${name}`}
          />
        </FormField>
      ))}
    </div>
  );
}
