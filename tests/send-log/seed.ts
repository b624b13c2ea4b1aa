// Send attempts with a known mix, for the send log's tests.
import type { Db } from "@/lib/db/database";
import type { Prisma } from "@/lib/db/generated/client";

export const SEED_START = Date.parse("2026-11-01T00:00:00Z");
const PHONES = ["+989120000001", "+989120000002", "+989120000003", "+989350000004"];
const SENDERS = ["20005006666", "2000500666", "10008663", null];

export interface SeededAttempt {
  id: string;
  phone: string;
  sender: string | null;
  outcome: "sent" | "failed";
  providerStatus: number | null;
  createdAt: Date;
}

/** `count` attempts one minute apart from SEED_START; every 7th fails with 412 from 10008663, every 11th times out. */
export function attemptData(count: number, offset = 0): Prisma.SendAttemptCreateManyInput[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + offset;
    const is412 = n % 7 === 3;
    const timedOut = !is412 && n % 11 === 5;
    const sender = is412 ? "10008663" : (SENDERS[n % 4] ?? null);
    const failed = is412 || timedOut;
    return {
      phone: PHONES[n % PHONES.length] ?? "+989120000001",
      sender,
      method: sender === null ? "lookup" : "sms",
      purpose: n % 13 === 0 ? "test" : "otp",
      outcome: failed ? "failed" : "sent",
      providerStatus: is412 ? 412 : timedOut ? null : 200,
      providerMessage: is412 ? "ارسال کننده نامعتبر است" : timedOut ? null : "تایید شد",
      messageId: failed ? null : String(100_000_000 + n),
      cost: failed ? null : 120,
      latencyMs: 50 + n,
      errorCode: is412 ? "sender_invalid" : timedOut ? "provider_timeout" : null,
      errorDetail: timedOut ? "No complete answer within 10000 ms." : null,
      providerResponse: timedOut ? undefined : { return: { status: is412 ? 412 : 200, message: "x" }, entries: null },
      createdAt: new Date(SEED_START + n * 60_000),
    } satisfies Prisma.SendAttemptCreateManyInput;
  });
}

export async function seedAttempts(db: Db, count: number, offset = 0): Promise<SeededAttempt[]> {
  await db.sendAttempt.createMany({ data: attemptData(count, offset) });
  const rows = await db.sendAttempt.findMany({ orderBy: { id: "desc" } });
  return rows.map((row) => ({
    id: row.id.toString(),
    phone: row.phone,
    sender: row.sender,
    outcome: row.outcome,
    providerStatus: row.providerStatus,
    createdAt: row.createdAt,
  }));
}
