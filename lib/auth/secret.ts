import { env } from "@/lib/env";
import { resolveSecrets } from "@/lib/secrets";

/** The key that signs session cookies (NEXTAUTH_SECRET, or the sandbox's generated one). */
export function authSecret(): string {
  return resolveSecrets(env()).authSecret;
}
