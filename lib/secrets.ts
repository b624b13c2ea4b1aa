// The two secrets: the OTP code HMAC key and the session signing key. Live mode requires
// them in the environment (lib/env.ts); a sandbox without them generates random ones once
// and keeps them beside the embedded database, so nothing is ever hard-coded.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Env } from "./env";

export interface Secrets {
  otpSecret: string;
  authSecret: string;
}

const storedSchema = z.object({ otpSecret: z.string().min(32), authSecret: z.string().min(32) });

/** Where a sandbox keeps its generated secrets: next to the embedded database's folder. */
export function sandboxSecretsFile(config: Pick<Env, "PGLITE_DATA_DIR">): string {
  return path.join(path.dirname(path.resolve(config.PGLITE_DATA_DIR)), "sandbox-secrets.json");
}

function generate(): Secrets {
  return { otpSecret: randomBytes(32).toString("base64url"), authSecret: randomBytes(32).toString("base64url") };
}

function readOrCreate(file: string): Secrets {
  try {
    return storedSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      throw new Error(`${file} is unreadable; delete it to generate new sandbox secrets`, { cause: error });
  }
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": of two processes starting at once, one writes and both read the same secrets.
    writeFileSync(file, JSON.stringify(generate()), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return storedSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

const cache = new Map<string, Secrets>();

export function resolveSecrets(config: Pick<Env, "mode" | "OTP_SECRET" | "NEXTAUTH_SECRET" | "PGLITE_DATA_DIR">): Secrets {
  if (config.OTP_SECRET && config.NEXTAUTH_SECRET) return { otpSecret: config.OTP_SECRET, authSecret: config.NEXTAUTH_SECRET };
  if (config.mode === "live") throw new Error("OTP_SECRET and NEXTAUTH_SECRET are required in live mode");
  const file = sandboxSecretsFile(config);
  let generated = cache.get(file);
  if (!generated) {
    generated = readOrCreate(file);
    cache.set(file, generated);
  }
  return { otpSecret: config.OTP_SECRET ?? generated.otpSecret, authSecret: config.NEXTAUTH_SECRET ?? generated.authSecret };
}
