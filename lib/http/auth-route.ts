// The next-auth endpoints (/api/auth/*), behind a guard: a callbackUrl that next-auth would
// answer with a server error (malformed, or another site) sends the browser to sign-in.
import "server-only";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { isAcceptableCallbackUrl } from "@/lib/auth/redirects";
import { env } from "@/lib/env";
import { getServerContext } from "@/lib/server/app-context";

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function cookieValue(request: Request, name: string): string | null {
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

interface Segment {
  params: Promise<{ nextauth: string[] }>;
}

export async function authRouteHandler(request: Request, segment: Segment): Promise<Response> {
  const url = new URL(request.url);
  const baseUrl = env().NEXTAUTH_URL ?? url.origin;
  const candidates = [url.searchParams.get("callbackUrl")];
  for (const name of CALLBACK_COOKIES) {
    const raw = cookieValue(request, name);
    // An undecodable cookie counts as malformed ("" is never acceptable).
    if (raw !== null) candidates.push(safeDecode(raw) ?? "");
  }
  if (candidates.some((value) => value !== null && !isAcceptableCallbackUrl(value, baseUrl))) {
    const headers = new Headers({ Location: `${baseUrl}/signin` });
    for (const name of CALLBACK_COOKIES) headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; SameSite=Lax`);
    return new Response(null, { status: 303, headers });
  }
  const handler = NextAuth(authOptions(getServerContext)) as (request: Request, segment: Segment) => Promise<Response>;
  return handler(request, segment);
}
