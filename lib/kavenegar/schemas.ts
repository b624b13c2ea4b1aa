// Zod schemas of what Kavenegar answers: the envelope and the entries of each method.
import { z } from "zod";

const returnSchema = z.object({
  status: z.number().int(),
  message: z.string(),
});

export const envelopeSchema = z.object({
  return: returnSchema,
  // null on errors; an array or an object on success, depending on the method.
  entries: z.unknown(),
});

export type KavenegarEnvelope = z.infer<typeof envelopeSchema>;

const messageEntrySchema = z.object({
  messageid: z.number().int(),
  message: z.string(),
  status: z.number().int(),
  statustext: z.string(),
  sender: z.string(),
  receptor: z.string(),
  /** Unix seconds. */
  date: z.number().int(),
  /** Rials. */
  cost: z.number(),
});

export type KavenegarMessage = z.infer<typeof messageEntrySchema>;

export const messageEntriesSchema = z.array(messageEntrySchema);

const statusEntrySchema = z.object({
  messageid: z.number().int(),
  status: z.number().int(),
  statustext: z.string(),
});

export type KavenegarStatusEntry = z.infer<typeof statusEntrySchema>;

export const statusEntriesSchema = z.array(statusEntrySchema);

export const accountInfoSchema = z.object({
  /** Rials. */
  remaincredit: z.number(),
  /** Unix seconds. */
  expiredate: z.number().int(),
  type: z.string(),
});

export type KavenegarAccountInfo = z.infer<typeof accountInfoSchema>;

export const accountConfigSchema = z.object({
  apilogs: z.string(),
  dailyreport: z.string(),
  debugmode: z.string(),
  defaultsender: z.string(),
  mincreditalarm: z.string(),
  resendfailed: z.string(),
});

export type KavenegarAccountConfig = z.infer<typeof accountConfigSchema>;
