// Every limit per client address is only as good as the address. When all recent OTP
// requests share one address, the app is almost surely behind a proxy it was not told
// about (TRUSTED_PROXY_HOPS), and every caller shares one quota.
import type { AppContext } from "@/lib/context";

const SAMPLE = 200;
const MIN_REQUESTS = 20;

export interface ClientSpread {
  requests: number;
  addresses: number;
  /** The one address all of them came from, when that is the case. */
  soleAddress: string | null;
}

export async function recentClientSpread(ctx: Pick<AppContext, "sql">): Promise<ClientSpread> {
  const [row] = await ctx.sql.query<{ requests: number | string; addresses: number | string; sole: string | null }>(
    `SELECT count(*) AS requests, count(DISTINCT client_address) AS addresses, min(client_address) AS sole
     FROM (SELECT client_address FROM otp_challenges
           WHERE created_at > now() - interval '1 hour' AND client_address IS NOT NULL
           ORDER BY created_at DESC LIMIT ${SAMPLE}) AS recent`,
  );
  const requests = Number(row?.requests ?? 0);
  const addresses = Number(row?.addresses ?? 0);
  return { requests, addresses, soleAddress: addresses === 1 ? (row?.sole ?? null) : null };
}

export function looksLikeUndeclaredProxy(spread: ClientSpread): boolean {
  return spread.requests >= MIN_REQUESTS && spread.addresses === 1;
}
