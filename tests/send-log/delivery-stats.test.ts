// The Overview's delivery figures from rows written straight into a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChallengeStatus } from "@/lib/db/generated/enums";
import { getDeliveryStats } from "@/lib/send-log/stats";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

const HOUR = 3_600_000;
const now = new Date("2026-12-01T12:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const LINE_A = "20005006666";
const LINE_B = "2000500666";

describe("getDeliveryStats", () => {
  let database: TestDatabase;
  let serial = 0;

  async function challenge(phone: string, status: ChallengeStatus): Promise<string> {
    const row = await database.prisma.otpChallenge.create({ data: { phone, codeHash: "x".repeat(64), expiresAt: now, status } });
    return row.id;
  }

  interface Attempt {
    phone: string;
    sender: string;
    deliveryStatus: number | null;
    challenge?: ChallengeStatus;
    purpose?: "otp" | "test";
    outcome?: "sent" | "failed";
    at?: Date;
    challengeId?: string;
  }

  async function attempt(spec: Attempt): Promise<string | null> {
    const challengeId = spec.challengeId ?? (spec.challenge ? await challenge(spec.phone, spec.challenge) : null);
    serial += 1;
    await database.prisma.sendAttempt.create({
      data: {
        phone: spec.phone,
        sender: spec.sender,
        method: "sms",
        purpose: spec.purpose ?? "otp",
        outcome: spec.outcome ?? "sent",
        providerStatus: spec.outcome === "failed" ? 412 : 200,
        messageId: spec.outcome === "failed" ? null : String(100_000_000 + serial),
        latencyMs: 10,
        deliveryStatus: spec.deliveryStatus,
        challengeId,
        createdAt: spec.at ?? ago(HOUR),
      },
    });
    return challengeId;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    // Line A: 2 delivered, 1 not delivered, 2 without a final status; 2 of its 5 codes verified.
    await attempt({ phone: "+989120000001", sender: LINE_A, deliveryStatus: 10, challenge: "verified" });
    await attempt({ phone: "+989350000002", sender: LINE_A, deliveryStatus: 10, challenge: "sent" });
    await attempt({ phone: "+989120000003", sender: LINE_A, deliveryStatus: 11, challenge: "superseded" });
    await attempt({ phone: "+989210000004", sender: LINE_A, deliveryStatus: 4, challenge: "verified" });
    await attempt({ phone: "+989990000005", sender: LINE_A, deliveryStatus: null, challenge: "sent" });
    // Line B: blocked, failed, cancelled (final, neither delivered nor not), and a failover's
    // delivered retry whose refused first try on another line does not count.
    await attempt({ phone: "+989010000006", sender: LINE_B, deliveryStatus: 14, challenge: "sent" });
    await attempt({ phone: "+989900000007", sender: LINE_B, deliveryStatus: 6, challenge: "failed" });
    await attempt({ phone: "+989190000008", sender: LINE_B, deliveryStatus: 13, challenge: "sent" });
    const failover = await attempt({ phone: "+989120000009", sender: "10008663", deliveryStatus: null, challenge: "verified", outcome: "failed" });
    await attempt({ phone: "+989120000009", sender: LINE_B, deliveryStatus: 10, challengeId: failover ?? undefined });
    // Admins' test sends are counted apart.
    await attempt({ phone: "+989350000010", sender: LINE_A, deliveryStatus: 10, purpose: "test" });
    await attempt({ phone: "+989350000011", sender: LINE_A, deliveryStatus: 11, purpose: "test" });
    // Outside the window.
    await attempt({ phone: "+989120000012", sender: LINE_A, deliveryStatus: 10, challenge: "verified", at: ago(25 * HOUR) });
    await attempt({ phone: "+989120000013", sender: LINE_A, deliveryStatus: 10, challenge: "verified", at: new Date(now.getTime() + 60_000) });
  });
  afterAll(() => database?.drop());

  it("counts OTP sends per line, with delivery and verification rates", async () => {
    const stats = await getDeliveryStats(database.prisma, now);
    expect(stats.since).toBe("2026-11-30T12:00:00.000Z");
    expect(stats.until).toBe(now.toISOString());
    expect(stats.lines).toEqual([
      { sender: LINE_A, sent: 5, delivered: 2, undelivered: 1, pending: 2, deliveryRate: 2 / 3, codes: 5, verified: 2, verificationRate: 0.4 },
      { sender: LINE_B, sent: 4, delivered: 1, undelivered: 2, pending: 0, deliveryRate: 1 / 3, codes: 4, verified: 1, verificationRate: 0.25 },
    ]);
  });

  it("counts them per operator, by the phone's prefix", async () => {
    const { operators } = await getDeliveryStats(database.prisma, now);
    expect(operators).toEqual([
      { operator: "MCI", sent: 5, delivered: 2, undelivered: 2, pending: 0, deliveryRate: 0.5 },
      { operator: "Irancell", sent: 2, delivered: 1, undelivered: 1, pending: 0, deliveryRate: 0.5 },
      { operator: "Rightel", sent: 1, delivered: 0, undelivered: 0, pending: 1, deliveryRate: null },
      { operator: "other", sent: 1, delivered: 0, undelivered: 0, pending: 1, deliveryRate: null },
    ]);
  });

  it("keeps test sends apart", async () => {
    expect((await getDeliveryStats(database.prisma, now)).tests).toEqual({ sent: 2, delivered: 1 });
  });

  it("is empty, with no rates, when nothing was sent", async () => {
    expect(await getDeliveryStats(database.prisma, new Date("2026-01-01T00:00:00Z"))).toEqual({
      since: "2025-12-31T00:00:00.000Z",
      until: "2026-01-01T00:00:00.000Z",
      lines: [],
      operators: [],
      tests: { sent: 0, delivered: 0 },
    });
  });
});
