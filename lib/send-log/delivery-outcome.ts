// What a Kavenegar delivery status (sms/status) comes to for us: delivered, not delivered, or
// not known yet. The poller, the statistics and the send log's tones all ask here.
import { DELIVERY_STATUSES, type DeliveryStatusInfo } from "@/lib/kavenegar/status-codes";

export type DeliveryOutcome = "delivered" | "undelivered" | "pending" | "other";

export const DELIVERED_STATUSES: readonly number[] = [10];
/** Failed (6), not delivered (11), blocked or filtered (14). */
export const UNDELIVERED_STATUSES: readonly number[] = [6, 11, 14];
/** No later status follows; cancelled (13) and unknown id (100) are final without being either. */
export const FINAL_DELIVERY_STATUSES: readonly number[] = DELIVERY_STATUSES.filter((info) => info.final).map((info) => info.code);

const byCode = new Map<number, DeliveryStatusInfo>(DELIVERY_STATUSES.map((info) => [info.code, info]));

export function isFinalDeliveryStatus(code: number): boolean {
  return FINAL_DELIVERY_STATUSES.includes(code);
}

/** null: not asked yet. An undocumented code is taken as not final. */
function deliveryOutcome(code: number | null): DeliveryOutcome {
  if (code === null || !isFinalDeliveryStatus(code)) return "pending";
  if (DELIVERED_STATUSES.includes(code)) return "delivered";
  if (UNDELIVERED_STATUSES.includes(code)) return "undelivered";
  return "other";
}

export interface DeliveryStatusText {
  /** Kavenegar's `statustext` (Persian), or null when not asked yet or undocumented. */
  persian: string | null;
  english: string;
  outcome: DeliveryOutcome;
}

export function describeDeliveryStatus(code: number | null): DeliveryStatusText {
  const outcome = deliveryOutcome(code);
  if (code === null) return { persian: null, english: "Not asked yet.", outcome };
  const info = byCode.get(code);
  return info
    ? { persian: info.statustext, english: info.explanation, outcome }
    : { persian: null, english: `Undocumented delivery status ${code}.`, outcome };
}
