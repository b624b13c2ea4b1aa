// Asks Kavenegar for the account's credit, expiry and settings, and keeps the answer.
import type { AppContext } from "@/lib/context";
import type { Prisma } from "@/lib/db/generated/client";
import { isKavenegarError, type KavenegarAccountConfig, type KavenegarAccountInfo, type KavenegarError } from "@/lib/kavenegar";
import { toAccountSnapshotView, type AccountSnapshotView, type RefreshFailure } from "./snapshots";

/** How often the job queue asks Kavenegar for the account's status (lib/server/jobs.ts). */
export const ACCOUNT_REFRESH_MINUTES = 15;

/** Kavenegar's own words, isolated (U+2067…U+2069) so that the Persian reads right to left in an English line. */
function describeFailure(error: KavenegarError): string {
  if (error.kind !== "api") return error.message;
  const persian = error.providerMessage ? ` \u2067${error.providerMessage}\u2069` : "";
  return `Kavenegar ${error.endpoint ?? "account"}: ${error.status ?? "?"}${persian} – ${error.explanation}`;
}

function asFailure(error: KavenegarError): RefreshFailure {
  return {
    endpoint: error.endpoint,
    kind: error.kind,
    status: error.status,
    providerMessage: error.providerMessage,
    explanation: error.explanation,
  };
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: KavenegarError };

async function attempt<T>(call: () => Promise<{ entries: T }>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: (await call()).entries };
  } catch (error) {
    // Anything else (a bug, a broken database) is not the provider's answer and must surface.
    if (isKavenegarError(error)) return { ok: false, error };
    throw error;
  }
}

/**
 * Stores one snapshot, also when Kavenegar fails: then `error` holds its status and message
 * (key already scrubbed by the client), and whatever did succeed is kept alongside.
 */
export async function refreshAccountStatus(ctx: Pick<AppContext, "db" | "kavenegar">): Promise<AccountSnapshotView> {
  const [info, config] = await Promise.all([
    attempt<KavenegarAccountInfo>(() => ctx.kavenegar.accountInfo()),
    attempt<KavenegarAccountConfig>(() => ctx.kavenegar.accountConfig()),
  ]);
  const failed = [info, config].flatMap((outcome) => (outcome.ok ? [] : [outcome.error]));
  const row = await ctx.db.accountSnapshot.create({
    data: {
      credit: info.ok ? BigInt(Math.round(info.value.remaincredit)) : null,
      // A 0 is shown as "no expiry date" rather than as 1970.
      expiresAt: info.ok && info.value.expiredate > 0 ? new Date(info.value.expiredate * 1000) : null,
      accountType: info.ok ? info.value.type.slice(0, 64) : null,
      config: config.ok ? (config.value as Prisma.InputJsonObject) : undefined,
      error: failed.length > 0 ? failed.map(describeFailure).join("\n") : null,
      failures: failed.map(asFailure),
    },
  });
  return toAccountSnapshotView(row);
}
