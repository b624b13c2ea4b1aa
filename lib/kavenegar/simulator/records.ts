// A simulated message as the simulator keeps it, and as the API shows it.
import { deliveryStatusText, type DeliveryStatusCode } from "../status-codes";

/** The final status a receptor's messages reach; delivered (10) unless set. */
export type DeliveryOutcome = 6 | 10 | 11 | 14;

export interface SimMessageRecord {
  messageid: number;
  apiKey: string;
  message: string;
  sender: string;
  receptor: string;
  cost: number;
  createdAt: number;
  /** When it leaves the queue: the scheduled time, or createdAt. */
  sendAt: number;
  scheduled: boolean;
  cancelled: boolean;
  outcome: DeliveryOutcome;
  localid: string | null;
  kind: "sms" | "verify" | "call";
  template: string | null;
  tokens: Record<string, string> | null;
}

/** A message as tests and the sandbox see it, with its current status and full text. */
export interface SimOutboxMessage {
  messageid: number;
  message: string;
  status: DeliveryStatusCode;
  statustext: string;
  sender: string;
  receptor: string;
  date: number;
  cost: number;
  localid: string | null;
  kind: "sms" | "verify" | "call";
  template: string | null;
  tokens: Record<string, string> | null;
}

export type NewMessage = Omit<SimMessageRecord, "messageid" | "apiKey" | "createdAt" | "cancelled" | "outcome">;

/** A message the way sms/send, sms/select and the outbox list it. */
export function messageEntry(record: SimMessageRecord, status: DeliveryStatusCode) {
  return {
    messageid: record.messageid,
    message: record.message,
    status,
    statustext: deliveryStatusText(status),
    sender: record.sender,
    receptor: record.receptor,
    date: Math.floor(record.sendAt / 1000),
    cost: record.cost,
  };
}
