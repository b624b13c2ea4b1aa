// An incident's detail as a message of incidents.details: stored with its values so that the
// console and the notifications word it in their language, and in English beside it.
// Server-side only: the English comes from the message catalogs, which the browser never loads whole.
import { translatorFor, type Messages } from "@/lib/i18n/messages";
import type { IncidentDetailMessage } from "./incident";

type IncidentDetailKey = keyof Messages["incidents"]["details"];

const english = translatorFor("en", "incidents") as unknown as (key: string, params: IncidentDetailMessage["params"]) => string;

/** The English detail and the message it is, to spread into raise()'s input. */
export function incidentDetail(
  key: IncidentDetailKey,
  params: IncidentDetailMessage["params"] = {},
): { detail: string; detailMessage: IncidentDetailMessage } {
  return { detail: english(`details.${key}`, params), detailMessage: { key, params } };
}
