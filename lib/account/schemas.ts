import { z } from "zod";

export const accountHistoryQuerySchema = z.object({
  limit: z.preprocess((value) => (value === null || value === "" ? undefined : value), z.coerce.number().int().min(1).max(500).default(50)),
});
