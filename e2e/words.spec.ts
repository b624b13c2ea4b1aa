// What the server says reaches a Persian page in Persian: the reasons of refused actions, our
// schemas' validation messages, failures without a Kavenegar answer, a failed account refresh
// and the audit log's field names. Runs after visual.spec.ts (file order): its faults and the
// entries it adds stay out of the screenshots.
import { expect, test, type Locator } from "@playwright/test";
import { ADMIN_STATE, E2E_APP_URL, E2E_SIM_URL } from "./config";
import { expectAccessible, screenshot, waitForHydration } from "./helpers";

test.use({ storageState: ADMIN_STATE });

test.beforeEach(async ({ context }) => {
  await context.addCookies([{ name: "console-locale", value: "fa", url: E2E_APP_URL }]);
});

test.afterEach(async ({ request }) => {
  await request.delete(`${E2E_SIM_URL}/__sim/faults`);
});

/** Persian prose: no English word of three letters or more (line numbers and {code} aside). */
async function expectPersian(locator: Locator) {
  const text = (await locator.innerText()).replace("{code}", "");
  expect(text).toMatch(/[\u0600-\u06FF]/);
  expect(text, text).not.toMatch(/[A-Za-z]{3,}/);
}

test("a refused action and a field the schema refuses are said in Persian", async ({ page }) => {
  await page.goto("/admin/senders");
  await waitForHydration(page.getByTestId("add-sender-number"));
  await page.getByTestId("add-sender-number").fill("10008663");
  await page.getByTestId("add-sender-submit").click();
  const refused = page.getByTestId("add-sender-form").getByRole("alert");
  await expect(refused).toHaveText("خط ارسال 10008663 از قبل وجود دارد.");
  await expectPersian(refused);

  await page.goto("/admin/settings");
  await waitForHydration(page.getByTestId("setting-messageTemplate"));
  await page.getByTestId("setting-messageTemplate").fill("کد ورود شما");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("setting-error-messageTemplate")).toContainText("باید {code} را داشته باشد");

  await page.goto("/admin/send-log?phone=abc");
  const filterError = page.getByTestId("send-log-filter-error");
  await expect(filterError).toContainText("باید شماره‌ی همراه یا ابتدای آن باشد");
  await expectPersian(filterError);
});

test("a send without Kavenegar's answer: our words in Persian, the technical detail kept left to right", async ({ page, request }) => {
  await request.post(`${E2E_SIM_URL}/__sim/faults`, { data: { scope: "sms", method: "send", httpStatus: 502, times: 1 } });
  await page.goto("/admin/senders");
  await waitForHydration(page.getByTestId("test-send-20005006666"));
  await page.getByTestId("test-send-20005006666").click();
  await page.getByTestId("test-send-phone").fill("09121112233");
  await page.getByTestId("test-send-submit").click();
  const result = page.getByTestId("test-send-result");
  await expect(result).toContainText("پاسخی رسید که از API کاوه‌نگار نیست.");
  await expect(result.getByTestId("technical-detail").locator("[dir=ltr]")).toContainText("HTTP 502");

  await result.getByRole("link").click();
  const answer = page.getByTestId("provider-answer");
  await expect(answer).toContainText("کاوه‌نگار در دسترس نیست");
  await expect(answer.getByTestId("technical-detail").locator("[dir=ltr]")).toContainText("HTTP 502");
  await expectAccessible(page, "send attempt without an answer, fa");
  await screenshot(page, "send-attempt-no-answer-fa");
});

test("a failed account refresh names Kavenegar's status in Persian", async ({ page, request }) => {
  await request.post(`${E2E_SIM_URL}/__sim/faults`, { data: { scope: "account", apiStatus: 403, times: 2 } });
  await page.goto("/admin/account");
  await waitForHydration(page.getByTestId("account-refresh"));
  await page.getByTestId("account-refresh").click();
  const alerts = page.getByTestId("account-alerts");
  await expect(alerts).toContainText("\u2066account/info: 403\u2069 –");
  await expect(alerts).not.toContainText("The API key");
  await expectAccessible(page, "account page with a failed refresh, fa");
  await screenshot(page, "account-refresh-failed-fa");

  await request.delete(`${E2E_SIM_URL}/__sim/faults`);
  await page.getByTestId("account-refresh").click();
  await expect(page.getByTestId("account-alerts").filter({ hasText: "403" })).toHaveCount(0);
});

test("the audit log names the fields in Persian", async ({ page }) => {
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit-diff").filter({ hasText: "خط فعال:" }).first()).toBeVisible();
  await expect(page.getByTestId("audit-diff").filter({ hasText: "activeSender" })).toHaveCount(0);
  // Read from the right like the page; values worded; a channel left as it was is not listed as changed.
  expect(
    await page
      .getByTestId("audit-diff")
      .first()
      .evaluate((element) => getComputedStyle(element).direction),
  ).toBe("rtl");
  await expect(page.getByTestId("audit-diff").filter({ hasText: "موفق: خیر" }).first()).toBeVisible();
  await expect(page.getByTestId("audit-diff").filter({ hasText: "تلگرام:" })).toHaveCount(0);
});
