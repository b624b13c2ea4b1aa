// The first Quick start command's configuration: no DATABASE_URL (embedded PGlite,
// migrated on start-up) and no KAVENEGAR_API_KEY (sandbox simulator in-process).
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ServerContext } from "@/lib/server/app-context";
import { listSenderLines, setActiveSender } from "@/lib/senders/store";
import { callRoute } from "../helpers/route";

let app: ServerContext;
let routes: { request: unknown; verify: unknown; health: unknown; outbox: unknown };

beforeAll(async () => {
  for (const name of ["DATABASE_URL", "KAVENEGAR_API_KEY", "KAVENEGAR_BASE_URL", "OTP_SECRET", "NEXTAUTH_SECRET", "ADMIN_EMAIL", "ADMIN_PASSWORD"]) {
    Reflect.deleteProperty(process.env, name);
  }
  process.env.PGLITE_DATA_DIR = path.join(await mkdtemp(path.join(tmpdir(), "otp-embedded-")), "nested", "pglite");
  process.env.KAVENEGAR_SENDER = "10008663";
  routes = {
    request: (await import("@/app/api/v1/usr/otp/route")).POST,
    verify: (await import("@/app/api/v1/usr/otp/verify/route")).POST,
    health: (await import("@/app/api/health/route")).GET,
    outbox: (await import("@/app/api/sandbox/outbox/route")).GET,
  };
  app = await (await import("@/lib/server/app-context")).getServerContext();
});

afterAll(async () => {
  await app?.sandbox?.close();
  await app?.database.close();
});

it("starts in sandbox mode on an embedded, migrated database with the demo lines", async () => {
  expect(app.mode).toBe("sandbox");
  expect(app.database.kind).toBe("pglite");
  const health = await callRoute(routes.health, { method: "GET" });
  expect(health.json).toMatchObject({ status: "ok", provider: { mode: "sandbox" }, active_sender: "10008663" });
  const numbers = (await listSenderLines(app.db)).map((line) => line.number);
  expect(numbers).toEqual(expect.arrayContaining(["10008663", "20005006666"]));
  expect(await app.db.adminUser.count()).toBe(2);
});

it("reproduces the seed's 412 with KAVENEGAR_SENDER=10008663, then delivers once 20005006666 is active", async () => {
  const failed = await callRoute(routes.request, { body: { phone_number: "+989123456789" } });
  expect(failed.status).toBe(503);
  expect(failed.json.detail).toBe("Sender number is invalid. Please contact support.");

  const good = (await listSenderLines(app.db)).find((line) => line.number === "20005006666");
  await setActiveSender(app.db, good!.id);
  // The failed send started this phone's cooldown; another number goes out at once.
  const sent = await callRoute(routes.request, { body: { phone_number: "+989123456780" } });
  expect(sent.json).toEqual({ phone_number: "+989123456780", message: "OTP sent successfully", expires_in: 300 });

  // The developer reads the code from the sandbox outbox.
  const outbox = await callRoute(routes.outbox, { method: "GET" });
  const messages = outbox.json.messages as { receptor: string; message: string }[];
  const code = /\d{6}/.exec(messages.at(-1)?.message ?? "")?.[0];
  expect(code).toBeDefined();
  const verified = await callRoute(routes.verify, { body: { phone_number: "+989123456780", code } });
  expect(verified.status).toBe(200);

  const attempts = await app.db.sendAttempt.findMany({ orderBy: { id: "asc" } });
  expect(attempts.map((a) => [a.sender, a.providerStatus])).toEqual([
    ["10008663", 412],
    ["20005006666", 200],
  ]);
});
