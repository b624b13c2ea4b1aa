import { z } from "zod";
import { NotFoundError } from "@/lib/errors";

/** The `[id]` segment of /api/admin/senders/[id]/… */
const senderIdParamsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** An id that cannot exist names no line: 404, like an unknown one. */
export function parseSenderId(params: unknown): number {
  const parsed = senderIdParamsSchema.safeParse(params);
  if (!parsed.success) throw new NotFoundError("senderLineNotFound");
  return parsed.data.id;
}
