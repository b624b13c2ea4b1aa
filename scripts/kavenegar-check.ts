// npm run kavenegar:check: the account check the troubleshooting guide used to ask for by
// hand: the Kavenegar account (info and config), every configured line with its last known
// state, and a dry run of the next OTP. Exits 1 when the next OTP would fail.
import { assessAccount } from "../lib/account/health";
import { toAccountSnapshotView } from "../lib/account/snapshots";
import { databaseConfigOf, openDatabase } from "../lib/db/database";
import { forecastNextOtp, lineState } from "../lib/delivery/next-otp";
import { parseEnv } from "../lib/env";
import { incidentTitle } from "../lib/incidents/describe";
import { listOpenIncidents } from "../lib/incidents/store";
import { isKavenegarError, KavenegarClient } from "../lib/kavenegar";
import { SANDBOX_API_KEY, startKavenegarSimulator } from "../lib/kavenegar/simulator";
import { getSenderLinesOverview } from "../lib/senders/admin";
import { getSettings } from "../lib/settings/store";

async function main(): Promise<number> {
  const config = parseEnv(process.env);
  const simulator = config.mode === "sandbox" ? await startKavenegarSimulator({ port: 0 }) : null;
  const kavenegar = new KavenegarClient({
    apiKey: config.KAVENEGAR_API_KEY ?? SANDBOX_API_KEY,
    baseUrl: simulator?.url ?? config.KAVENEGAR_BASE_URL,
    timeoutMs: config.KAVENEGAR_TIMEOUT_MS,
  });
  const database = await openDatabase(databaseConfigOf(config));
  try {
    console.log(`Kavenegar ${config.mode === "live" ? config.KAVENEGAR_BASE_URL : "simulator (sandbox)"}, key ${kavenegar.maskedApiKey}\n`);
    const now = new Date();
    let account = assessAccount(null, null, now);
    try {
      const [info, accountConfig] = await Promise.all([kavenegar.accountInfo(), kavenegar.accountConfig()]);
      const snapshot = toAccountSnapshotView({
        id: 0n,
        credit: BigInt(Math.round(info.entries.remaincredit)),
        expiresAt: info.entries.expiredate > 0 ? new Date(info.entries.expiredate * 1000) : null,
        accountType: info.entries.type,
        config: accountConfig.entries,
        error: null,
        failures: [],
        fetchedAt: now,
      });
      const settings = await getSettings(database.prisma);
      account = assessAccount(snapshot, snapshot, now, settings);
      console.log("Account");
      console.log(`  credit          ${snapshot.credit?.toLocaleString("en") ?? "?"} rials`);
      console.log(`  expires         ${snapshot.expiresAt?.slice(0, 10) ?? "no expiry date"}`);
      console.log(`  type            ${snapshot.accountType ?? "?"}`);
      for (const [name, value] of Object.entries(accountConfig.entries)) console.log(`  ${name.padEnd(16)}${value}`);
    } catch (error) {
      if (!isKavenegarError(error)) throw error;
      const failure = `Kavenegar did not answer account/info: ${error.status ?? error.kind} ${error.providerMessage ?? ""} ${error.explanation}`;
      account = {
        lastGood: null,
        lastFetchedAt: null,
        alerts: [{ level: "error", kind: "refresh_failed", message: failure, values: { error: failure } }],
      };
      console.log(`Account\n  ${failure}`);
    }
    for (const alert of account.alerts) console.log(`  ${alert.level.toUpperCase()}: ${alert.message}`);

    const settings = await getSettings(database.prisma);
    const { lines, activeId } = await getSenderLinesOverview(database.prisma);
    const states = lines.map((line) => lineState(line, activeId));
    console.log("\nSender lines");
    if (states.length === 0) console.log("  none configured");
    for (const state of states) {
      console.log(
        `  ${state.number.padEnd(14)}${state.active ? "ACTIVE  " : "        "}${state.enabled ? "enabled " : "disabled"}  ${state.verdict.padEnd(8)} ${state.reason}`,
      );
    }

    const incidents = await listOpenIncidents(database.sql);
    console.log("\nOpen incidents");
    if (incidents.length === 0) console.log("  none");
    for (const incident of incidents) console.log(`  ${incidentTitle(incident)} (${incident.count}×, since ${incident.firstAt})`);

    const forecast = forecastNextOtp({ settings, lines: states, account });
    console.log(`\nNext OTP: ${forecast.willSucceed ? "would be sent" : "WOULD FAIL"}${forecast.via ? ` via ${forecast.via}` : ""}`);
    console.log(`  ${forecast.reason}`);
    return forecast.willSucceed ? 0 : 1;
  } finally {
    await database.close();
    await simulator?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`kavenegar:check failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
