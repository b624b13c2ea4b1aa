// The seed's incident end to end: a 412 from line 10008663 is seen live, fixed from the
// console without a restart, and both attempts are in the send log.
import { expect, test } from "@playwright/test";
import { ADMIN_STATE } from "./config";
import { screenshot } from "./helpers";

test.use({ storageState: ADMIN_STATE });

const phone = "+989123456789";
/** Another user, after the fix: the first one's cooldown also follows the failed send. */
const nextUser = "+989123456780";

test("a 412 is alerted live, the admin switches the line, and the next request succeeds", async ({ page, request }) => {
  await page.goto("/admin/live");
  await expect(page.getByTestId("live-connection")).toHaveAttribute("data-state", "open");
  const alert = page.getByTestId("sender-alert");
  const liveRow412 = page.getByTestId("live-row").and(page.locator('[data-status="412"]')).filter({ hasText: phone });
  await expect(alert).toHaveCount(0);
  await expect(liveRow412).toHaveCount(0);

  const failed = await request.post("/api/v1/usr/otp", { data: { phone_number: phone } });
  expect(failed.status()).toBe(503);
  expect(await failed.json()).toEqual({ detail: "Sender number is invalid. Please contact support.", code: "sender_invalid" });

  // Pushed to the browser, no reload: within a second of the failed request.
  await expect(liveRow412).toBeVisible({ timeout: 1_000 });
  await expect(alert).toBeVisible({ timeout: 1_000 });
  await expect(alert).toContainText("10008663");
  await expect(alert).toContainText("ارسال کننده نامعتبر است");
  await screenshot(page, "live-412-alert");

  await alert.getByRole("link", { name: /fix sender lines/i }).click();
  await expect(page).toHaveURL(/\/admin\/senders/);
  await expect(page.getByTestId("sender-row-10008663")).toContainText("412");
  // Live mode seeds only KAVENEGAR_SENDER: the admin adds the account's working line first.
  await page.getByTestId("add-sender-number").fill("20005006666");
  await expect(page.getByTestId("add-sender-kind")).toContainText(/public/i);
  await page.getByTestId("add-sender-submit").click();
  await expect(page.getByTestId("sender-row-20005006666")).toBeVisible();
  await page.getByTestId("set-active-20005006666").click();
  await expect(page.getByTestId("sender-row-20005006666").getByTestId("active-sender")).toBeVisible();
  await screenshot(page, "senders-after-switch");

  const cooling = await request.post("/api/v1/usr/otp", { data: { phone_number: phone } });
  expect(cooling.status()).toBe(429);
  expect(await cooling.json()).toMatchObject({ code: "otp_cooldown", retry_after: expect.any(Number) });
  const sent = await request.post("/api/v1/usr/otp", { data: { phone_number: nextUser } });
  expect(sent.status()).toBe(200);
  expect(await sent.json()).toEqual({ phone_number: nextUser, message: "OTP sent successfully", expires_in: 300 });

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
