// Incidents on the server: one per cause however many requests fail, resolved by themselves
// when the cause is gone, the same whichever instance sees it first. Real OTP requests against
// the simulator where a request is the cause; the stored figures where a job is.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { observeAccount } from "@/lib/account/incidents";
import { assessAccount } from "@/lib/account/health";
import type { AccountSnapshotView } from "@/lib/account/snapshots";
import { recordSendAttempt } from "@/lib/delivery/attempts";
import { NotFoundError } from "@/lib/errors";
import { acknowledgeIncidentAs } from "@/lib/incidents/admin";
import { runIncidentChecks } from "@/lib/incidents/checks";
import type { Incident } from "@/lib/incidents/incident";
import { IncidentObserver, OUTAGES_TO_OPEN, type IncidentAnnouncement } from "@/lib/incidents/observer";
import { listIncidents, listOpenIncidents, raiseIncident } from "@/lib/incidents/store";
import { requestOtp } from "@/lib/otp/service";
import { listSenderLines, setActiveSender } from "@/lib/senders/store";
import { updateSettings } from "@/lib/settings/store";
import { failedSendAttempt } from "../helpers/send-attempts";
import { createTestContext, type TestContext } from "../helpers/test-context";

let t: TestContext;
let counter = 0;
const freshPhone = () => `+98912${String(counter++).padStart(7, "0")}`;
const admin = { email: "ops@example.test", clientAddress: "192.0.2.7" };

async function activate(number: string) {
  const line = (await listSenderLines(t.ctx.db)).find((candidate) => candidate.number === number);
  if (!line) throw new Error(`no line ${number}`);
  await setActiveSender(t.ctx.db, line.id);
}

const request = () => requestOtp(t.ctx, { phone_number: freshPhone() }, { clientAddress: "203.0.113.9" }).catch(() => null);
const announcements = (kind: string, change?: IncidentAnnouncement) =>
  t.announced.filter((entry) => entry.incident.kind === kind && (change === undefined || entry.change === change));

/** Another app instance on the same database, recording what it announces. */
function otherInstance() {
  const heard: { change: IncidentAnnouncement; incident: Incident }[] = [];
  const observer = new IncidentObserver(t.ctx.sql, async (change, incident) => void heard.push({ change, incident }));
  return { observer, heard };
}

beforeAll(async () => {
  t = await createTestContext();
  await updateSettings(t.ctx.db, { clientLimitPer10Minutes: 0, clientDailyLimit: 0, phoneHourlyLimit: 0, phoneDailyLimit: 0 });
});
afterAll(async () => {
  await t.close();
});
beforeEach(async () => {
  t.simulator.state.clearFaults();
  await t.ctx.sql.query("UPDATE incidents SET state = 'resolved', open_cause = NULL, resolved_at = now() WHERE open_cause IS NOT NULL");
  await t.ctx.incidents.reload();
  t.announced.length = 0;
  await activate("20005006666");
});

describe("a refused sender line (412)", () => {
  it("opens one incident for 20 simultaneous failures, with the provider's answer and the count", async () => {
    await activate("10008663");
    await Promise.all(Array.from({ length: 20 }, request));

    const open = await listOpenIncidents(t.ctx.sql);
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      kind: "line_refused",
      state: "open",
      line: "10008663",
      count: 20,
      providerStatus: 412,
      providerMessage: "ارسال کننده نامعتبر است",
    });
    expect(announcements("line_refused", "opened")).toHaveLength(1);
    expect(announcements("line_refused", "updated")).toHaveLength(19);
  });

  it("resolves once the active line (after the switch) sends, and announces it once", async () => {
    await activate("10008663");
    await request();
    await activate("20005006666");
    await request();

    expect(await listOpenIncidents(t.ctx.sql)).toEqual([]);
    const [resolved] = announcements("line_refused", "resolved");
    expect(resolved?.incident).toMatchObject({ state: "resolved", line: "10008663" });
    expect(resolved?.incident.resolvedAt).not.toBeNull();
    expect(announcements("line_refused", "resolved")).toHaveLength(1);
  });

  it("stays open while another line works, if the refused one is still the active line", async () => {
    await activate("10008663");
    await request();
    // A test send (or a failover) from a good line says nothing about the active one.
    await recordSendAttempt(
      t.ctx,
      failedSendAttempt({ sender: "20005006666", outcome: "sent", providerStatus: 200, errorCode: null, messageId: "1" }),
    );
    expect((await listOpenIncidents(t.ctx.sql)).map((incident) => incident.line)).toEqual(["10008663"]);
  });

  it("is one incident when two instances see the line fail at once, and resolves once", async () => {
    const other = otherInstance();
    const attempt = await recordSendAttempt(t.ctx, failedSendAttempt());
    await Promise.all(Array.from({ length: 25 }, (_, i) => (i % 2 === 0 ? t.ctx.incidents : other.observer).afterAttempt(attempt, "10008663")));
    const opened = [...announcements("line_refused", "opened"), ...other.heard.filter((entry) => entry.change === "opened")];
    expect(opened).toHaveLength(1);
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([expect.objectContaining({ count: 25 })]);

    const success = await recordSendAttempt(
      t.ctx,
      failedSendAttempt({ sender: "20005006666", outcome: "sent", providerStatus: 200, errorCode: null, messageId: "2" }),
    );
    await other.observer.reload();
    await Promise.all([t.ctx.incidents.afterAttempt(success, "20005006666"), other.observer.afterAttempt(success, "20005006666")]);
    const resolved = [...announcements("line_refused", "resolved"), ...other.heard.filter((entry) => entry.change === "resolved")];
    expect(resolved).toHaveLength(1);
  });
});

describe("no credit (418)", () => {
  it("opens on a 418 and resolves when a send works again", async () => {
    t.simulator.state.injectFault({ scope: "sms", method: "send", apiStatus: 418, times: 3 });
    await Promise.all([request(), request(), request()]);
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([expect.objectContaining({ kind: "no_credit", count: 3, providerStatus: 418, line: null })]);
    await request();
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([]);
    expect(announcements("no_credit", "resolved")).toHaveLength(1);
  });
});

describe("an unreachable provider", () => {
  it(`opens at the ${OUTAGES_TO_OPEN}th failure without an answer within 5 minutes, and resolves when Kavenegar answers`, async () => {
    t.simulator.state.injectFault({ scope: "sms", method: "send", httpStatus: 502 });
    for (let i = 1; i < OUTAGES_TO_OPEN; i++) await request();
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([]);
    await request();
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([
      expect.objectContaining({
        kind: "provider_unreachable",
        detail: `${OUTAGES_TO_OPEN} sends in the last 5 minutes got no usable answer; the last could not reach Kavenegar.`,
        detailMessage: { key: "outage", params: { count: OUTAGES_TO_OPEN, code: "provider_unavailable" } },
      }),
    ]);

    t.simulator.state.clearFaults();
    await request();
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([]);
  });
});

describe("the overall limit", () => {
  it("opens when the limit refuses a request and resolves when its hour is over", async () => {
    await updateSettings(t.ctx.db, { globalHourlyLimit: 1 });
    try {
      await request();
      await request();
      expect(await listOpenIncidents(t.ctx.sql)).toEqual([expect.objectContaining({ kind: "global_limit" })]);

      await runIncidentChecks(t.ctx, { globalLimitReached: async () => true, reminderMinutes: 0 });
      expect(await listOpenIncidents(t.ctx.sql)).toHaveLength(1);
      await runIncidentChecks(t.ctx, { globalLimitReached: async () => false, reminderMinutes: 0 });
      expect(await listOpenIncidents(t.ctx.sql)).toEqual([]);
    } finally {
      await updateSettings(t.ctx.db, { globalHourlyLimit: 0 });
    }
  });
});

describe("a line whose messages are accepted but not delivered", () => {
  async function finalStatuses(line: string, statuses: number[]) {
    for (const status of statuses) {
      const attempt = await recordSendAttempt(
        t.ctx,
        failedSendAttempt({ sender: line, outcome: "sent", providerStatus: 200, errorCode: null, messageId: String(++counter) }),
      );
      await t.ctx.sql.query("UPDATE send_attempts SET delivery_status = $2, delivery_pending_since = NULL WHERE id = $1::bigint", [
        attempt.id,
        status,
      ]);
    }
  }

  it("opens when half of the line's last 20 final statuses are 6, 11 or 14, and resolves when deliveries recover", async () => {
    const check = () => runIncidentChecks(t.ctx, { globalLimitReached: async () => false, reminderMinutes: 0 });
    await finalStatuses("2000500666", Array<number>(10).fill(10));
    await finalStatuses("2000500666", [14, 14, 14, 14, 14, 14, 11, 11, 6]);
    await check();
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([]);

    await finalStatuses("2000500666", [14]);
    await check();
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([expect.objectContaining({ kind: "line_undelivered", line: "2000500666" })]);
    await check();
    expect(announcements("line_undelivered", "opened")).toHaveLength(1);

    // 12 delivered: of the last 20, only 8 are still undelivered.
    await finalStatuses("2000500666", Array<number>(12).fill(10));
    await check();
    expect(await listOpenIncidents(t.ctx.sql)).toEqual([]);
  });
});

describe("the account", () => {
  const now = new Date("2026-11-29T08:00:00Z");
  const snapshot = (credit: number, expiresInDays: number, mincreditalarm?: number): AccountSnapshotView => ({
    id: "1",
    fetchedAt: now.toISOString(),
    credit,
    expiresAt: new Date(now.getTime() + expiresInDays * 86_400_000).toISOString(),
    accountType: "master",
    config: mincreditalarm === undefined ? null : { mincreditalarm: String(mincreditalarm) },
    error: null,
    failures: [],
  });
  const observe = (view: AccountSnapshotView, thresholds = { expiryWarningDays: 14, lowCreditRials: 0 }) =>
    observeAccount(t.ctx.incidents, assessAccount(view, view, now, thresholds), now);
  const openKinds = async () => (await listOpenIncidents(t.ctx.sql)).map((incident) => incident.kind).sort();

  it("opens on credit below the account's own alarm level and on an expiry within 14 days; resolves when both are fixed", async () => {
    await observe(snapshot(40_000, 10, 50_000));
    expect(await openKinds()).toEqual(["account_expiry", "low_credit"]);
    await observe(snapshot(60_000, 10, 50_000));
    expect(await openKinds()).toEqual(["account_expiry"]);
    await observe(snapshot(60_000, 200, 50_000));
    expect(await openKinds()).toEqual([]);
  });

  it("uses the thresholds of Settings when they are set, and opens no_credit at 0", async () => {
    await observe(snapshot(60_000, 20, 50_000), { expiryWarningDays: 30, lowCreditRials: 100_000 });
    expect(await openKinds()).toEqual(["account_expiry", "low_credit"]);
    await observe(snapshot(0, 200));
    expect(await openKinds()).toEqual(["no_credit"]);
  });
});

describe("reminders and acknowledgement", () => {
  it("reminds of an open incident once per period, by one instance", async () => {
    const opened = new Date("2026-11-29T08:00:00Z");
    await t.ctx.incidents.raise({ kind: "no_credit", providerStatus: 418, detail: "" }, opened);
    const other = otherInstance();
    const at = (minutes: number) => new Date(opened.getTime() + minutes * 60_000);

    await Promise.all([t.ctx.incidents.remind(at(30 - 60), at(30)), other.observer.remind(at(30 - 60), at(30))]);
    expect([...announcements("no_credit", "reminder"), ...other.heard]).toHaveLength(0);
    await Promise.all([t.ctx.incidents.remind(at(61 - 60), at(61)), other.observer.remind(at(61 - 60), at(61))]);
    expect([...announcements("no_credit", "reminder"), ...other.heard]).toHaveLength(1);
    await Promise.all([t.ctx.incidents.remind(at(100 - 60), at(100)), other.observer.remind(at(100 - 60), at(100))]);
    expect([...announcements("no_credit", "reminder"), ...other.heard]).toHaveLength(1);
    await t.ctx.incidents.remind(at(122 - 60), at(122));
    expect([...announcements("no_credit", "reminder"), ...other.heard]).toHaveLength(2);
  });

  it("records who acknowledged it in the incident and the audit log; it stays open", async () => {
    const { incident } = await raiseIncident(t.ctx.sql, { kind: "low_credit", detail: "below the alarm" });
    await t.ctx.incidents.reload();
    const acknowledged = await acknowledgeIncidentAs(t.ctx, admin, incident.id);
    expect(acknowledged).toMatchObject({ state: "open", acknowledgedBy: admin.email });
    expect(announcements("low_credit", "acknowledged")).toHaveLength(1);
    const audit = await t.ctx.db.auditEntry.findFirstOrThrow({ where: { action: "incident.acknowledge" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorEmail: admin.email, clientAddress: admin.clientAddress, target: `incident:${incident.id}` });
    await expect(acknowledgeIncidentAs(t.ctx, admin, "999999")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists open incidents first, then resolved ones", async () => {
    await t.ctx.incidents.raise({ kind: "low_credit", detail: "" });
    const list = await listIncidents(t.ctx.sql);
    expect(list[0]).toMatchObject({ kind: "low_credit", state: "open" });
    expect(list.slice(1).every((incident) => incident.state === "resolved")).toBe(true);
  });
});
