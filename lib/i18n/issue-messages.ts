// Our schemas' own validation messages. A schema names one by key and zod keeps its English
// text, which is what the API's `detail` says; the console finds the key again from that text
// and words it in its reader's language (components/admin/form-bits.ts).
import { createTranslator } from "next-intl";
import en from "./messages/en.json";

type IssueKey = keyof typeof en.validation.issue;
type IssueParams = Record<string, string | number>;

const english = createTranslator({ locale: "en", messages: en, namespace: "validation.issue" }) as unknown as (
  key: string,
  params: IssueParams,
) => string;

const keyByText = new Map<string, { key: IssueKey; params: IssueParams }>();

export function issueMessage(key: IssueKey, params: IssueParams = {}): string {
  const text = english(key, params);
  keyByText.set(text, { key, params });
  return text;
}

/** The key and parameters of one of our messages, or null for zod's own and anyone else's. */
export function issueMessageKey(text: string): { key: IssueKey; params: IssueParams } | null {
  return keyByText.get(text) ?? null;
}
