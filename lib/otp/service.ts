// The OTP life cycle: request (block list, proof of work, limits, a single live code per
// phone) and verify.
import { randomInt, randomUUID } from "node:crypto";
import type { AppContext } from "@/lib/context";
import { deliverOtp } from "@/lib/delivery/deliver-otp";
import { DomainError, type LimitCode } from "@/lib/errors";
import { consumeArguments, CONSUME_RATE_LIMITS_SQL, verdictOf, type RateLimitVerdict } from "@/lib/limits/rate-limits";
import { SETTINGS_VERSION_SQL, type VersionedSettings } from "@/lib/settings/cache";
import { ACTIVE_SENDER_KEY } from "@/lib/senders/store";
import { codeMatches, generateCode, hashCode } from "./code";
import { globalLimitReached } from "./global-limit";
import { globalLimitShards, isBlocked, limitError, otpLimits } from "./limits";
import { verifyProofOfWork } from "./proof-of-work";
import type { OtpRequestInput, OtpVerifyInput } from "./schemas";

const OTP_SENT_MESSAGE = "OTP sent successfully";
const MAYBE_DELIVERED = new Set(["provider_timeout", "provider_unavailable", "database_unavailable"]);

export interface Caller {
  /** lib/http/client-address.ts */
  clientAddress: string;
}

// The limits, the retirement of the phone's previous code and the new challenge, as one
// statement: a refused request changes nothing, an allowed one cannot be overtaken. It runs
// only if the settings it was given are still the table's (else nothing happens and `fresh`
// is false), and it answers the line OTPs go out from now: a switch applies to the very next
// request on every instance, without a read of its own.
const BEGIN_CHALLENGE = `
WITH current AS (SELECT ${SETTINGS_VERSION_SQL} = $10 AS fresh),
limited AS (SELECT * FROM ${CONSUME_RATE_LIMITS_SQL} WHERE (SELECT fresh FROM current)),
superseded AS (
  UPDATE otp_challenges SET status = 'superseded', updated_at = $4
  WHERE phone = $5 AND status IN ('pending', 'sent') AND (SELECT fresh FROM current) AND NOT EXISTS (SELECT 1 FROM limited)
),
created AS (
  INSERT INTO otp_challenges (id, phone, code_hash, expires_at, status, failed_tries, created_at, updated_at, client_address)
  SELECT $6::uuid, $5, $7, $8::timestamptz, 'pending', 0, $4, $4, $9 WHERE (SELECT fresh FROM current) AND NOT EXISTS (SELECT 1 FROM limited)
)
SELECT current.fresh, limited.limited_key, limited.retry_after_seconds,
       (SELECT number FROM sender_lines WHERE id = (SELECT (value #>> '{}')::int FROM settings WHERE key = '${ACTIVE_SENDER_KEY}')) AS active_sender
FROM current LEFT JOIN limited ON true`;

interface BeginRow {
  fresh: boolean;
  limited_key: string | null;
  retry_after_seconds: number | null;
  active_sender: string | null;
}

type Begun = { fresh: false } | { fresh: true; verdict: RateLimitVerdict<LimitCode>; id: string; code: string; activeSender: string | null };

/** Settings that changed since this process read them make the statement a no-op; it is run again once. */
const SETTINGS_RETRIES = 2;

const waitOf = (begun: Begun & { fresh: true }) => (begun.verdict.allowed ? 0 : begun.verdict.retryAfterSeconds);

/** Runs BEGIN_CHALLENGE on the overall ceiling's shards in a random order, until one admits the request or each has refused it. */
async function beginChallenge(ctx: AppContext, { settings, version }: VersionedSettings, phone: string, caller: Caller, now: Date): Promise<Begun> {
  const shards = globalLimitShards(settings.globalHourlyLimit);
  const start = shards.length > 0 ? randomInt(shards.length) : 0;
  const order = shards.length > 0 ? [...shards.slice(start), ...shards.slice(0, start)] : [undefined];
  // A refused statement created nothing: one challenge serves every shard tried.
  const code = generateCode(settings.codeLength);
  const id = randomUUID();
  const challenge = [
    phone,
    id,
    hashCode(ctx.otpSecret, id, code),
    new Date(now.getTime() + settings.ttlSeconds * 1000).toISOString(),
    caller.clientAddress.slice(0, 64),
    version,
  ];
  let refusal: (Begun & { fresh: true }) | null = null;
  for (const shard of order) {
    const limits = otpLimits(settings, phone, caller.clientAddress, shard);
    const [row] = await ctx.sql.query<BeginRow>(BEGIN_CHALLENGE, [...consumeArguments(limits, now), ...challenge]);
    if (!row?.fresh) return { fresh: false };
    const begun: Begun = { fresh: true, verdict: verdictOf(limits, row), id, code, activeSender: row.active_sender };
    if (begun.verdict.allowed || begun.verdict.name !== "otp_global_limit") return begun;
    // A full shard changed nothing: the next one may still have room. The wait reported is the shortest.
    if (!refusal || waitOf(begun) < waitOf(refusal)) refusal = begun;
  }
  return refusal ?? { fresh: false };
}

export async function requestOtp(ctx: AppContext, input: OtpRequestInput, caller: Caller, now = new Date()) {
  const phone = input.phone_number;
  let proofChecked = false;
  // True once this request has dropped the process's copy: the next read is the table's.
  let reread = false;
  for (let round = 0; ; round++) {
    const current = await ctx.settings.current();
    const { settings } = current;
    try {
      if (isBlocked(settings, phone)) throw new DomainError("phone_blocked", "phoneBlocked");
      if (settings.proofOfWork && !proofChecked) {
        await verifyProofOfWork(ctx, input.altcha, now);
        proofChecked = true;
      }
    } catch (error) {
      // A refusal by a copy that may be stale is checked against the table first.
      if (reread || !(error instanceof DomainError)) throw error;
      ctx.settings.invalidate();
      reread = true;
      continue;
    }
    const begun = await beginChallenge(ctx, current, phone, caller, now);
    if (!begun.fresh) {
      ctx.settings.invalidate();
      reread = true;
      if (round < SETTINGS_RETRIES) continue;
      throw new DomainError("settings_changing", "settingsChanging");
    }
    const { verdict } = begun;
    if (!verdict.allowed) {
      if (verdict.name === "otp_global_limit") await globalLimitReached(ctx, settings.globalHourlyLimit, verdict.retryAfterSeconds, now);
      throw limitError(verdict, settings);
    }
    await deliver(ctx, { phone, code: begun.code, challengeId: begun.id, settings, activeSender: begun.activeSender });
    return { phone_number: phone, message: OTP_SENT_MESSAGE, expires_in: settings.ttlSeconds };
  }
}

async function deliver(ctx: AppContext, input: Parameters<typeof deliverOtp>[1]): Promise<void> {
  try {
    await deliverOtp(ctx, input);
  } catch (error) {
    // Only the provider's refusal proves that no SMS left. After a timeout, a lost connection
    // or a failed write of our own the code may still arrive, so it stays verifiable.
    if (error instanceof DomainError && !MAYBE_DELIVERED.has(error.code)) {
      await ctx.sql.query("UPDATE otp_challenges SET status = 'failed', updated_at = now() WHERE id = $1::uuid AND status = 'pending'", [
        input.challengeId,
      ]);
    }
    throw error;
  }
}

// A try is reserved on the phone's newest live code before the comparison, so concurrent
// guesses cannot exceed the limit; `pending` counts (a send whose answer was lost may still
// have delivered the SMS). As above, it runs only under the settings the process holds.
const RESERVE_TRY = `
WITH current AS (SELECT ${SETTINGS_VERSION_SQL} = $4 AS fresh),
reserved AS (
  UPDATE otp_challenges SET failed_tries = failed_tries + 1, updated_at = $2
  WHERE id = (SELECT id FROM otp_challenges WHERE phone = $1 AND status IN ('pending', 'sent') AND expires_at > $2
              ORDER BY created_at DESC LIMIT 1)
    AND status IN ('pending', 'sent') AND failed_tries < $3 AND (SELECT fresh FROM current)
  RETURNING id, code_hash
)
SELECT current.fresh, reserved.id, reserved.code_hash FROM current LEFT JOIN reserved ON true`;

const LOCK_IF_SPENT = `UPDATE otp_challenges SET status = 'locked', updated_at = $3
  WHERE id = $1::uuid AND status IN ('pending', 'sent') AND failed_tries >= $2`;

// The reserved try was not a wrong one.
const CONSUME = `UPDATE otp_challenges SET status = 'verified', verified_at = $2, updated_at = $2, failed_tries = failed_tries - 1
  WHERE id = $1::uuid AND status IN ('pending', 'sent') RETURNING id`;

export async function verifyOtp(ctx: AppContext, input: OtpVerifyInput, now = new Date()) {
  const phone = input.phone_number;
  const invalid = new DomainError("otp_invalid", "codeInvalid");
  for (let round = 0; ; round++) {
    const { settings, version } = await ctx.settings.current();
    const [reserved] = await ctx.sql.query<{ fresh: boolean; id: string | null; code_hash: string | null }>(RESERVE_TRY, [
      phone,
      now.toISOString(),
      settings.maxVerifyTries,
      version,
    ]);
    if (!reserved?.fresh) {
      ctx.settings.invalidate();
      if (round < SETTINGS_RETRIES) continue;
      throw new DomainError("settings_changing", "settingsChanging");
    }
    if (!reserved.id || !reserved.code_hash) throw invalid;
    if (!codeMatches(ctx.otpSecret, reserved.id, input.code, reserved.code_hash)) {
      await ctx.sql.query(LOCK_IF_SPENT, [reserved.id, settings.maxVerifyTries, now.toISOString()]);
      throw invalid;
    }
    const consumed = await ctx.sql.query(CONSUME, [reserved.id, now.toISOString()]);
    if (consumed.length === 0) throw invalid;
    return { phone_number: phone, message: "OTP verified successfully", verified: true };
  }
}
