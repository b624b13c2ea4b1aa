// The account and sender pages against the simulator. Every page in every language, theme and
// width: visual.spec.ts.
import { expect, test } from "@playwright/test";
import { SANDBOX_API_KEY } from "../lib/kavenegar/simulator/accounts";
import { ADMIN_STATE, E2E_SIM_URL } from "./config";
import { screenshot, waitForHydration } from "./helpers";

test.use({ storageState: ADMIN_STATE });

test("the account page shows the credit Kavenegar reports", async ({ page, request }) => {
  await page.goto("/admin/account");
  await waitForHydration(page.getByTestId("account-refresh"));
  await page.getByTestId("account-refresh").click();
  const account = (await (await request.get(`${E2E_SIM_URL}/__sim/accounts/${SANDBOX_API_KEY}`)).json()) as { credit: number };
  await expect(page.getByTestId("account-credit")).toHaveText(`${account.credit.toLocaleString("en")} rials`);
  await expect(page.getByText(SANDBOX_API_KEY)).toHaveCount(0);
  await screenshot(page, "account-refreshed");
});

test("a test send shows the provider's answer for a line", async ({ page }) => {
  await page.goto("/admin/senders");
  await waitForHydration(page.getByTestId("test-send-10008663"));
  await page.getByTestId("test-send-10008663").click();
  await page.getByTestId("test-send-phone").fill("09121112233");
  await page.getByTestId("test-send-submit").click();
  const result = page.getByTestId("test-send-result");
  await expect(result).toContainText("412");
  await expect(result).toContainText("ارسال کننده نامعتبر است");
  await screenshot(page, "senders-test-send-412");
});
