import type { z } from "zod";
import { env } from "@/lib/env";
import { ValidationError, reason } from "@/lib/errors";

const MAX_JSON_BODY_BYTES = 8 * 1024;

async function readBounded(body: ReadableStream<Uint8Array>, timeoutMs: number): Promise<Uint8Array[]> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ValidationError(reason("bodyTimeout", { seconds: timeoutMs / 1000 }), "request_timeout")), timeoutMs);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timeout]);
      if (done) return chunks;
      size += value.byteLength;
      if (size > MAX_JSON_BODY_BYTES) throw tooLarge();
      chunks.push(value);
    }
  } catch (error) {
    // Not awaited: cancelling a body that is still arriving can wait on the client.
    reader.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a bounded JSON body and parses it with `schema`; failures name the problem. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();

  // A body still arriving after the timeout is a slow client, or an attack on our sockets.
  const chunks = request.body ? await readBounded(request.body, env().REQUEST_BODY_TIMEOUT_MS) : [];
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new ValidationError("bodyEmpty", "invalid_json");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError("bodyNotJson", "invalid_json");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ValidationError("bodyNotObject", "invalid_json");
  }
  // reportInput lets the error say "is required" apart from "has the wrong type".
  return schema.parse(body, { reportInput: true });
}

function tooLarge() {
  return new ValidationError(reason("bodyTooLarge", { bytes: MAX_JSON_BODY_BYTES }), "payload_too_large");
}
