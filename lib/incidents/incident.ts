// An incident as the console, the API, the live stream and the notifications see it.
import { z } from "zod";

export const incidentKinds = [
  "line_refused",
  "no_credit",
  "low_credit",
  "account_expiry",
  "provider_unreachable",
  "global_limit",
  "line_undelivered",
] as const;

/** A detail as a message of incidents.details with its values (lib/incidents/detail.ts). */
const incidentDetailMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export type IncidentDetailMessage = z.infer<typeof incidentDetailMessageSchema>;

export const incidentSchema = z.object({
  id: z.string(),
  kind: z.enum(incidentKinds),
  state: z.enum(["open", "resolved"]),
  /** The kind, and the line where it has one: "line_refused:10008663". */
  cause: z.string(),
  line: z.string().nullable(),
  /** How many times it happened while open. */
  count: z.number(),
  providerStatus: z.number().nullable(),
  /** Kavenegar's own words, in Persian (codes masked). */
  providerMessage: z.string().nullable(),
  /** What we know about it, in English. */
  detail: z.string(),
  /** The same as a message of incidents.details, for other languages; null when the provider's status says it. */
  detailMessage: incidentDetailMessageSchema.nullable(),
  firstAt: z.string(),
  lastAt: z.string(),
  resolvedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
});

export type Incident = z.infer<typeof incidentSchema>;
export type IncidentKind = Incident["kind"];

/** What just happened to an incident, as the live stream announces it. */
export const incidentChanges = ["opened", "updated", "resolved", "acknowledged"] as const;
export type IncidentChange = (typeof incidentChanges)[number];
