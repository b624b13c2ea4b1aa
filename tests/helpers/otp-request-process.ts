// A process that asks for one OTP and is killed by its test mid-request: `node --import tsx
// tests/helpers/otp-request-process.ts <database url> <simulator url> <phone>`.
import { openDatabase } from "@/lib/db/database";
import { IncidentObserver } from "@/lib/incidents/observer";
import { KavenegarClient } from "@/lib/kavenegar";
import { SANDBOX_API_KEY } from "@/lib/kavenegar/simulator";
import { requestOtp } from "@/lib/otp/service";
import { SettingsCache } from "@/lib/settings/cache";

const [url = "", simulatorUrl = "", phone = ""] = process.argv.slice(2);
const database = await openDatabase({ url });
const kavenegar = new KavenegarClient({ apiKey: SANDBOX_API_KEY, baseUrl: simulatorUrl, timeoutMs: 30_000 });
console.log("requesting");
await requestOtp(
  {
    db: database.prisma,
    sql: database.sql,
    kavenegar,
    mode: "sandbox",
    otpSecret: process.env.OTP_SECRET ?? "",
    settings: new SettingsCache(database.sql),
    incidents: new IncidentObserver(database.sql, async () => {}),
  },
  { phone_number: phone },
  { clientAddress: "192.0.2.44" },
);
console.log("done");
await database.close();
