// The client's address, decided once per request by the front door (server.ts) from the
// socket and TRUSTED_PROXY_HOPS, and read from there by every limit and the audit log.
// A client-sent X-Forwarded-For is never believed beyond the declared proxies.
import { isIP } from "node:net";

/** Set by the front door on every request; whatever a client sent under this name is replaced. */
export const CLIENT_ADDRESS_HEADER = "x-otp-client-address";

/** In-process calls (tests, scripts) that bypass the front door. */
const LOCAL_CALLER = "127.0.0.1";

function normalize(address: string): string | null {
  let value = address.trim();
  // "[2001:db8::1]:443" and "203.0.113.7:51234" as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (value.toLowerCase().startsWith("::ffff:") && isIP(value.slice(7)) === 4) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * Each of the `trustedHops` proxies appends the address it received from, so the client is
 * the entry `trustedHops` places from the right; with 0 the header is ignored. A shorter
 * chain means a request that bypassed the outer proxies: its leftmost entry was still
 * written by a trusted one. Anything unreadable falls back to the socket.
 */
export function resolveClientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const socket = normalize(socketAddress ?? "") ?? "unknown";
  if (trustedHops <= 0) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").filter((part) => part.trim() !== "");
  const entry = chain[Math.max(0, chain.length - trustedHops)];
  return (entry === undefined ? null : normalize(entry)) ?? socket;
}

export function clientAddressOf(headers: Pick<Headers, "get">): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? LOCAL_CALLER;
}

/** For next-auth's callbacks, which see Node-style header records. */
export function clientAddressFromRecord(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" ? value : LOCAL_CALLER;
}

/**
 * What a limit counts: the address itself, or for IPv6 its /64, since one subscriber
 * commonly holds a whole /64 and could otherwise rotate through 2^64 addresses.
 */
export function limitSubject(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  const groups = address.includes("::") ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
