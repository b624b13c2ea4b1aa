import { expect } from "vitest";
import { KavenegarError } from "@/lib/kavenegar";

/** The KavenegarError a call rejects with; fails the test if it resolves or rejects otherwise. */
export async function caught(promise: Promise<unknown>): Promise<KavenegarError> {
  const error = await promise.then(
    () => expect.unreachable("expected a KavenegarError"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(KavenegarError);
  return error as KavenegarError;
}
