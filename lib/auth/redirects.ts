// Where next-auth may send a browser after sign-in or sign-out: this site only. Anything
// else (another origin, a protocol-relative or malformed URL) lands on the sign-in page.

const SIGN_IN_PATH = "/signin";

function isLocalPath(url: string): boolean {
  return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
}

export function sameOriginRedirect(url: string, baseUrl: string): string {
  if (isLocalPath(url)) return `${baseUrl}${url}`;
  try {
    if (new URL(url).origin === new URL(baseUrl).origin) return url;
  } catch {
    // Malformed: fall through.
  }
  return `${baseUrl}${SIGN_IN_PATH}`;
}

/** A callbackUrl next-auth itself would refuse with a server error; we redirect instead. */
export function isAcceptableCallbackUrl(value: string, baseUrl: string): boolean {
  if (isLocalPath(value)) return true;
  try {
    return new URL(value).origin === new URL(baseUrl).origin;
  } catch {
    return false;
  }
}
