// The only reader of process.env. Parsed once; a bad value stops start-up with its name.
import { z } from "zod";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const integer = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: optionalString.pipe(
      z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
    ),
    PGLITE_DATA_DIR: z.string().default(".data/pglite"),
    KAVENEGAR_API_KEY: optionalString,
    KAVENEGAR_BASE_URL: z.url().default("https://api.kavenegar.com"),
    KAVENEGAR_TIMEOUT_MS: integer(10_000, 100, 120_000),
    KAVENEGAR_SENDER: optionalString.pipe(z.string().regex(/^[0-9A-Za-z]{3,32}$/, "must be a line number").optional()),
    OTP_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    NEXTAUTH_URL: optionalString.pipe(z.url().optional()),
    NEXTAUTH_SECRET: optionalString.pipe(z.string().min(32, "must be at least 32 characters").optional()),
    ADMIN_EMAIL: optionalString.pipe(z.email().optional()),
    ADMIN_PASSWORD: optionalString.pipe(z.string().min(10, "must be at least 10 characters").optional()),
  })
  .superRefine((env, ctx) => {
    if (!env.KAVENEGAR_API_KEY) return;
    for (const name of ["OTP_SECRET", "NEXTAUTH_SECRET"] as const) {
      if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when KAVENEGAR_API_KEY is set (live mode)" });
    }
  });

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
