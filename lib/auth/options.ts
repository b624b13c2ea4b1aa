// next-auth configuration: credentials against admin users in the database; the JWT cookie
// carries only the id of a server-side session (lib/auth/sessions.ts).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddressFromRecord } from "@/lib/client-address";
import type { AppContext } from "@/lib/context";
import { authenticateAdmin } from "./authenticate";
import { sameOriginRedirect } from "./redirects";
import { authSecret } from "./secret";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "./sessions";

type AuthContext = Pick<AppContext, "db" | "sql" | "mode">;

/** Built per request: the secret comes from the environment, which a build does not have. */
export function authOptions(context: () => Promise<AuthContext>): NextAuthOptions {
  return {
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
          const ctx = await context();
          const clientAddress = clientAddressFromRecord(request.headers);
          const result = await authenticateAdmin(ctx, credentials.email, credentials.password, clientAddress);
          if (result.ok) {
            const sessionId = await startSession(ctx.db, result.user.id, clientAddress);
            return { id: String(result.user.id), email: result.user.email, name: result.user.name, sessionId };
          }
          // next-auth passes a thrown message to the sign-in page as ?error=…
          if (result.reason === "throttled") throw new Error("TooManyAttempts");
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user, trigger }) {
        // `user` exists only on sign-in.
        if (trigger === "signIn" && user.sessionId) token.sid = user.sessionId;
        return token;
      },
      redirect: ({ url, baseUrl }) => sameOriginRedirect(url, baseUrl),
    },
    events: {
      async signOut({ token }) {
        if (typeof token.sid === "string") await endSession((await context()).db, token.sid);
      },
    },
  };
}
