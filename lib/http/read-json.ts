import type { z } from "zod";
import { ValidationError } from "@/lib/errors";

export const MAX_JSON_BODY_BYTES = 8 * 1024;

/** Reads a bounded JSON body and parses it with `schema`; failures name the problem. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_JSON_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") throw new ValidationError("Request body is empty; expected a JSON object.", "invalid_json");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError("Request body is not valid JSON.", "invalid_json");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ValidationError("Request body must be a JSON object.", "invalid_json");
  }
  // reportInput lets the error say "is required" apart from "has the wrong type".
  return schema.parse(body, { reportInput: true });
}

function tooLarge() {
  return new ValidationError(`Request body is larger than ${MAX_JSON_BODY_BYTES} bytes.`, "payload_too_large");
}
