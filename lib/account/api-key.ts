import type { Env } from "@/lib/env";
import { maskApiKey } from "@/lib/kavenegar";
import { SANDBOX_API_KEY } from "@/lib/kavenegar/simulator/accounts";

/** The key the client uses (the simulator's in sandbox mode), safe to show. */
export function maskedKavenegarApiKey(env: Pick<Env, "KAVENEGAR_API_KEY">): string {
  return maskApiKey(env.KAVENEGAR_API_KEY ?? SANDBOX_API_KEY);
}
