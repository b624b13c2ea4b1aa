// Optional proof of work for browser callers (ALTCHA): a script that wants many codes must
// burn CPU for each. Self-hosted, so it works where reCAPTCHA and Cloudflare are unreachable.
// Each solved challenge is accepted once.
import { createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { z } from "zod";
import type { AppContext } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { consumeRateLimits } from "@/lib/limits/rate-limits";

const ALGORITHM = "PBKDF2/SHA-256";
/** About a second of work in a browser: each counter costs COST PBKDF2 rounds. */
const COST = 1_000;
const COUNTER_RANGE = [1_000, 4_000] as const;
const CHALLENGE_TTL_MS = 10 * 60_000;

const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.string(),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
    }),
    signature: z.string().min(1),
  }),
  solution: z.object({ counter: z.number().int().min(0), derivedKey: z.string(), time: z.number().optional() }),
});

function signingSecret(otpSecret: string): string {
  return createHmac("sha256", otpSecret).update("altcha-challenge").digest("hex");
}

export function createProofOfWorkChallenge(ctx: Pick<AppContext, "otpSecret">, now = new Date()): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(COUNTER_RANGE[0], COUNTER_RANGE[1]),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
    hmacSignatureSecret: signingSecret(ctx.otpSecret),
  });
}

/** The widget sends base64 JSON; API clients may send the object itself. */
function decode(value: unknown): Payload | null {
  let candidate = value;
  if (typeof value === "string") {
    try {
      candidate = JSON.parse(Buffer.from(value, "base64").toString("utf8"));
    } catch {
      return null;
    }
  }
  const parsed = payloadSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

export async function verifyProofOfWork(ctx: Pick<AppContext, "otpSecret" | "sql">, altcha: unknown, now = new Date()): Promise<void> {
  if (altcha === undefined || altcha === null || altcha === "") {
    throw new DomainError("challenge_required", "proofOfWorkRequired");
  }
  const payload = decode(altcha);
  const invalid = new DomainError("challenge_invalid", "proofOfWorkInvalid");
  if (!payload) throw invalid;
  const result = await verifySolution({
    challenge: payload.challenge,
    solution: payload.solution,
    deriveKey,
    hmacSignatureSecret: signingSecret(ctx.otpSecret),
  });
  if (!result.verified) throw invalid;
  const spent = await consumeRateLimits(
    ctx.sql,
    [{ name: "spent", key: `otp:pow:${payload.challenge.signature ?? ""}`, max: 1, windowSeconds: CHALLENGE_TTL_MS / 1000 }],
    now,
  );
  if (!spent.allowed) throw invalid;
}
