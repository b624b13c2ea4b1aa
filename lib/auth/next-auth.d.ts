// What our next-auth callbacks add to its types.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    /** Set by authorize(): the server-side session this sign-in started. */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
