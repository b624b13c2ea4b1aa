// What happens to every request before Next.js sees it (server.ts): the client address is
// decided once, proxy headers are believed only from declared proxies, and every answer
// carries the security headers.
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/client-address";

export interface FrontDoorOptions {
  trustedProxyHops: number;
  dev: boolean;
  /** NEXTAUTH_URL: HSTS is sent when it is https. */
  publicUrl: string | undefined;
}

const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;
/** Pages and answers that carry sessions or admin data: never cached by a browser or proxy. */
const PRIVATE_PATHS = /^\/(?:api\/admin|api\/auth|admin|signin)(?:[/?]|$)/;

function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // Next.js puts the nonce on its own scripts; 'strict-dynamic' lets them load their chunks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // React and the chart library set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function securityHeaders(options: Pick<FrontDoorOptions, "publicUrl">, csp: string): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  };
  if (options.publicUrl?.startsWith("https:")) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}

export function prepareRequest(req: IncomingMessage, res: ServerResponse, options: FrontDoorOptions): void {
  const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], options.trustedProxyHops);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  // Next.js keeps a client's X-Forwarded-For; what it passes on must be the decided address.
  req.headers["x-forwarded-for"] = address;
  if (options.trustedProxyHops === 0) for (const name of PROXY_HEADERS) Reflect.deleteProperty(req.headers, name);

  const csp = contentSecurityPolicy(randomBytes(16).toString("base64"), options.dev);
  // Next.js reads the nonce for its scripts from the request's policy.
  req.headers["content-security-policy"] = csp;
  for (const [name, value] of Object.entries(securityHeaders(options, csp))) res.setHeader(name, value);
  if (PRIVATE_PATHS.test(req.url ?? "")) res.setHeader("Cache-Control", "no-store");
}
