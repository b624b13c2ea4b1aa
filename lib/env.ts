// The only reader of process.env. Parsed once; a bad value stops start-up with its name.
// It also decides the provider mode once: live (a Kavenegar key) or sandbox (the simulator),
// and production refuses to fall into the sandbox by omission.
import { z } from "zod";
import {
  botTokenField,
  chatIdField,
  emailFromField,
  emailRecipientsTextField,
  smtpUrlField,
  telegramApiBaseUrlField,
  webhookSecretField,
  webhookUrlField,
} from "@/lib/notifications/fields";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const integer = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(["", "0", "1", "false", "true", "no", "yes"], { error: "must be 1 or 0" }))
  .transform((value) => value === "1" || value === "true" || value === "yes")
  .default(false);

const secret = optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional());

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: integer(3000, 0, 65_535),
    /** The interface to listen on; all of them when unset. */
    HOST: optionalString,
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
        .optional(),
    ),
    PGLITE_DATA_DIR: z.string().default(".data/pglite"),
    DATABASE_POOL_SIZE: integer(10, 1, 200),
    DATABASE_CONNECT_TIMEOUT_MS: integer(5_000, 100, 120_000),
    DATABASE_STATEMENT_TIMEOUT_MS: integer(10_000, 100, 600_000),
    /** While the database is unreachable: how often start-up is retried (requests answer 503 meanwhile). */
    DATABASE_RETRY_INTERVAL_MS: integer(5_000, 100, 600_000),
    /** A request body still arriving after this long is answered 408. */
    REQUEST_BODY_TIMEOUT_MS: integer(10_000, 100, 600_000),
    KAVENEGAR_API_KEY: optionalString,
    KAVENEGAR_SANDBOX: flag,
    KAVENEGAR_BASE_URL: z.url().default("https://api.kavenegar.com"),
    KAVENEGAR_TIMEOUT_MS: integer(10_000, 100, 120_000),
    KAVENEGAR_SENDER: optionalString.pipe(
      z
        .string()
        .regex(/^[0-9A-Za-z]{3,32}$/, "must be a line number")
        .optional(),
    ),
    OTP_SECRET: secret,
    OTP_GLOBAL_LIMIT_PER_HOUR: integer(1_000, 0, 10_000_000),
    NEXTAUTH_URL: optionalString.pipe(z.url().optional()),
    NEXTAUTH_SECRET: secret,
    ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalString.pipe(z.string().min(10, "must be at least 10 characters").optional()),
    TRUSTED_PROXY_HOPS: integer(0, 0, 10),
    /** Incident notifications, seeded into Settings → Notifications until an admin saves them there. */
    ALERT_WEBHOOK_URL: optionalString.pipe(webhookUrlField.optional()),
    ALERT_WEBHOOK_SECRET: optionalString.pipe(webhookSecretField.optional()),
    SMTP_URL: optionalString.pipe(smtpUrlField.optional()),
    ALERT_EMAIL_FROM: optionalString.pipe(emailFromField.optional()),
    ALERT_EMAIL_TO: optionalString.pipe(emailRecipientsTextField.optional()),
    TELEGRAM_BOT_TOKEN: optionalString.pipe(botTokenField.optional()),
    TELEGRAM_CHAT_ID: optionalString.pipe(chatIdField.optional()),
    TELEGRAM_API_BASE_URL: optionalString.pipe(telegramApiBaseUrlField.optional()),
    /** Set by server.ts: the front door (client address, headers, shutdown) is in place. */
    OTP_GATEWAY_FRONT_DOOR: flag,
  })
  .superRefine((env, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (env.KAVENEGAR_API_KEY && env.KAVENEGAR_SANDBOX) {
      issue("KAVENEGAR_SANDBOX", "cannot be combined with KAVENEGAR_API_KEY: unset one (live mode sends real SMS, the sandbox never does)");
    }
    if (env.NODE_ENV === "production" && !env.KAVENEGAR_API_KEY && !env.KAVENEGAR_SANDBOX) {
      issue(
        "KAVENEGAR_API_KEY",
        "is required in production; set it, or set KAVENEGAR_SANDBOX=1 to run the built-in simulator on purpose (no SMS is sent)",
      );
    }
    if (env.NODE_ENV === "production" && !env.NEXTAUTH_URL) {
      issue("NEXTAUTH_URL", "is required in production: the console's public URL, e.g. https://otp.example.com");
    }
    if (env.ALERT_WEBHOOK_SECRET && !env.ALERT_WEBHOOK_URL) issue("ALERT_WEBHOOK_URL", "is required when ALERT_WEBHOOK_SECRET is set");
    if (env.SMTP_URL && !env.ALERT_EMAIL_FROM) issue("ALERT_EMAIL_FROM", "is required when SMTP_URL is set");
    if (env.SMTP_URL && !env.ALERT_EMAIL_TO?.length) issue("ALERT_EMAIL_TO", "is required when SMTP_URL is set (comma-separated addresses)");
    if (env.TELEGRAM_BOT_TOKEN && !env.TELEGRAM_CHAT_ID) issue("TELEGRAM_CHAT_ID", "is required when TELEGRAM_BOT_TOKEN is set");
    if (env.TELEGRAM_CHAT_ID && !env.TELEGRAM_BOT_TOKEN) issue("TELEGRAM_BOT_TOKEN", "is required when TELEGRAM_CHAT_ID is set");
    if (!env.KAVENEGAR_API_KEY) return;
    for (const name of ["OTP_SECRET", "NEXTAUTH_SECRET"] as const) {
      if (!env[name]) issue(name, "is required when KAVENEGAR_API_KEY is set (live mode)");
    }
  })
  .transform((env) => ({ ...env, mode: env.KAVENEGAR_API_KEY ? ("live" as const) : ("sandbox" as const) }));

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
