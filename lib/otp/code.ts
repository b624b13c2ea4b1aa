import { createHmac, randomInt, timingSafeEqual } from "node:crypto";

export function generateCode(length: number): string {
  let code = "";
  for (let i = 0; i < length; i++) code += String(randomInt(10));
  return code;
}

/** Binding the hash to the challenge makes a leaked hash useless for any other challenge. */
export function hashCode(secret: string, challengeId: string, code: string): string {
  return createHmac("sha256", secret).update(`${challengeId}:${code}`).digest("hex");
}

export function codeMatches(secret: string, challengeId: string, code: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashCode(secret, challengeId, code), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
