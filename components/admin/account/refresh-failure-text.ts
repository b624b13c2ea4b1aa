import { useTranslations } from "next-intl";
import { useKavenegarText } from "@/components/admin/live/status-text";
import type { RefreshFailure } from "@/lib/account/snapshots";

/** "account/info: 403" is code: isolated left to right (U+2066…U+2069), or a Persian line reorders it. */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** A failed account refresh in the page's language: per call, Kavenegar's status and what it means. */
export function useRefreshFailureText(): (failures: RefreshFailure[], english: string | null) => string {
  const kavenegar = useTranslations("kavenegar");
  const kavenegarText = useKavenegarText();
  const one = ({ endpoint, kind, status, providerMessage }: RefreshFailure) => {
    if (status === null || kind !== "api") {
      const transport = kavenegar(`transport.${kind === "api" ? "bad_response" : kind}`);
      return endpoint ? `${ltr(endpoint)}: ${transport}` : transport;
    }
    const meaning = kavenegarText(status)?.meaning ?? providerMessage ?? kavenegar("undocumented", { status: String(status) });
    return `${ltr(endpoint ? `${endpoint}: ${status}` : String(status))} – ${meaning}`;
  };
  // Snapshots from before the failures were kept as data have the English text only.
  return (failures, english) => (failures.length > 0 ? failures.map(one).join("\n") : (english ?? ""));
}
