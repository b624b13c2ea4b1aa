// The sandbox's demo users, published in the README. They exist only in a sandbox on the
// embedded database; a live start removes any left behind (lib/server/bootstrap.ts).
export const SANDBOX_USER_DOMAIN = "@sandbox.local";

export const SANDBOX_ADMINS = [
  { email: `admin${SANDBOX_USER_DOMAIN}`, password: "sandbox-admin-pass", role: "admin" },
  { email: `viewer${SANDBOX_USER_DOMAIN}`, password: "sandbox-viewer-pass", role: "viewer" },
] as const;

export function isSandboxUserEmail(email: string): boolean {
  return email.trim().toLowerCase().endsWith(SANDBOX_USER_DOMAIN);
}
