// next-auth configuration: credentials against admin users in the database, JWT sessions.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { getServerContext } from "@/lib/server/app-context";
import { authenticateAdmin } from "./authenticate";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** Used only in sandbox mode (no KAVENEGAR_API_KEY); live mode requires NEXTAUTH_SECRET. */
const SANDBOX_AUTH_SECRET = "sandbox-nextauth-secret-not-for-production-use";

export function authSecret(): string {
  return env().NEXTAUTH_SECRET ?? SANDBOX_AUTH_SECRET;
}

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        const { db } = await getServerContext();
        const result = await authenticateAdmin(db, credentials.email, credentials.password, clientIp(request?.headers));
        if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name, role: result.user.role };
        // next-auth passes a thrown message to the sign-in page as ?error=…
        if (result.reason === "throttled") throw new Error("TooManyAttempts");
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.role = (user as { role?: string }).role;
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { ...session.user, role: token.role } };
    },
  },
};
