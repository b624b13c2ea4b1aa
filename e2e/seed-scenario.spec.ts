// The seed's incident end to end: a 412 from line 10008663 opens an incident that is seen live,
// is still there after a reload, and reaches the webhook once; the admin switches the line from
// the console without a restart, the next OTP succeeds, and the alert clears on every open page
// without a reload, with one resolve message. Both attempts are in the send log.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN_STATE, E2E_APP_URL } from "./config";
import { expectAccessible, screenshot } from "./helpers";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";

test.use({ storageState: ADMIN_STATE });

const phone = "+989123456789";
/** Another user, after the fix: the first one's cooldown also follows the failed send. */
const nextUser = "+989123456780";

let webhook: WebhookReceiver;
test.beforeAll(async () => {
  webhook = await startWebhookReceiver("/hooks/seed-scenario");
});
test.afterAll(async ({ request }) => {
  await request.patch("/api/admin/notifications", { headers: { origin: E2E_APP_URL }, data: { webhook: { enabled: false, url: "", secret: "" } } });
  await webhook.close();
});

const lineRefused = (page: Page) => page.getByTestId("incident-banner").locator('[data-testid="incident"][data-kind="line_refused"]');

test("a 412 opens an incident that survives a reload, the switch clears it everywhere, and the webhook hears both once", async ({
  page,
  context,
  request,
}) => {
  const configured = await request.patch("/api/admin/notifications", {
    headers: { origin: E2E_APP_URL },
    data: { webhook: { enabled: true, url: webhook.url, secret: "seed-scenario-secret" } },
  });
  expect(configured.status()).toBe(200);

  await page.goto("/admin/live");
  await expect(page.getByTestId("live-connection")).toHaveAttribute("data-state", "open");
  const liveRow412 = page.getByTestId("live-row").and(page.locator('[data-status="412"]')).filter({ hasText: phone });
  await expect(lineRefused(page)).toHaveCount(0);
  await expect(liveRow412).toHaveCount(0);

  const failed = await request.post("/api/v1/usr/otp", { data: { phone_number: phone } });
  expect(failed.status()).toBe(503);
  expect(await failed.json()).toEqual({
    detail: "Sender number is invalid. Please contact support.",
    code: "sender_invalid",
    reason: "senderInvalid",
  });

  // Pushed to the browser, no reload.
  await expect(liveRow412).toBeVisible({ timeout: 2_000 });
  await expect(lineRefused(page)).toBeVisible({ timeout: 2_000 });
  await expect(lineRefused(page)).toContainText("10008663");
  await expect(lineRefused(page)).toContainText("ارسال کننده نامعتبر است");

  // The admin who opens the console after hearing of the outage sees it too: it is server state.
  await page.reload();
  await expect(lineRefused(page)).toBeVisible();
  await expect(lineRefused(page).getByTestId("incident-message")).toHaveText("ارسال کننده نامعتبر است");
  await screenshot(page, "live-412-alert");
  // The banner is the same red in both themes; its small print must stay readable.
  await expectAccessible(page, "live page with the 412 banner");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "live page with the 412 banner, dark");
  await page.emulateMedia({ colorScheme: "light" });

  const overview = await context.newPage();
  await overview.goto("/admin");
  await expect(overview.getByTestId("active-line-failing")).toContainText("Active line failing since");
  await expect(lineRefused(overview)).toBeVisible();
  const account = await context.newPage();
  await account.goto("/admin/account");
  await expect(lineRefused(account)).toBeVisible();
  await screenshot(overview, "overview-active-line-failing");

  await expect.poll(() => webhook.postsOf("opened").length, { timeout: 15_000 }).toBe(1);

  await lineRefused(page).getByTestId("incident-fix").click();
  await expect(page).toHaveURL(/\/admin\/senders/);
  await expect(page.getByTestId("sender-row-10008663")).toContainText("412");
  // Live mode seeds only KAVENEGAR_SENDER: the admin adds the account's working line first.
  await page.getByTestId("add-sender-number").fill("20005006666");
  await expect(page.getByTestId("add-sender-kind")).toContainText(/public/i);
  await page.getByTestId("add-sender-submit").click();
  await expect(page.getByTestId("sender-row-20005006666")).toBeVisible();
  await page.getByTestId("set-active-20005006666").click();
  await page.getByTestId("confirm-active-20005006666").click();
  await expect(page.getByTestId("sender-message-20005006666")).toContainText("is now active");
  await expect(page.getByTestId("sender-row-20005006666").getByTestId("active-sender")).toBeVisible();
  await screenshot(page, "senders-after-switch");

  const cooling = await request.post("/api/v1/usr/otp", { data: { phone_number: phone } });
  expect(cooling.status()).toBe(429);
  expect(await cooling.json()).toMatchObject({ code: "otp_cooldown", retry_after: expect.any(Number) });
  const sent = await request.post("/api/v1/usr/otp", { data: { phone_number: nextUser } });
  expect(sent.status()).toBe(200);
  expect(await sent.json()).toEqual({ phone_number: nextUser, message: "OTP sent successfully", expires_in: 300 });

  // The first OTP from the new active line resolves it: every open page drops the alert, no reload.
  for (const open of [page, overview, account]) await expect(lineRefused(open)).toHaveCount(0, { timeout: 5_000 });
  await expect(overview.getByTestId("active-line-failing")).toHaveCount(0, { timeout: 5_000 });
  await expect(overview.getByTestId("active-sender-number")).toHaveText("20005006666");

  await expect.poll(() => webhook.postsOf("resolved").length, { timeout: 15_000 }).toBe(1);
  await page.waitForTimeout(3_000);
  expect([webhook.postsOf("opened").length, webhook.postsOf("resolved").length]).toEqual([1, 1]);

  await page.goto("/admin/incidents");
  await expect(page.locator('[data-testid="incident-row"][data-kind="line_refused"]').first()).toHaveAttribute("data-state", "resolved");

  await page.goto("/admin/send-log");
  const rows = page.getByTestId("send-log-row");
  await expect(rows.filter({ hasText: nextUser }).first()).toHaveAttribute("data-status", "200");
  const failedRow = rows.filter({ hasText: "10008663" }).filter({ hasText: phone }).first();
  await expect(failedRow).toHaveAttribute("data-status", "412");
  await screenshot(page, "send-log");

  await failedRow.click();
  await expect(page.locator('[dir="rtl"]', { hasText: "ارسال کننده نامعتبر است" }).first()).toBeVisible();
  await screenshot(page, "send-log-detail-412");
});
