// Every admin page at desktop and phone widths, after the seed scenario has filled them:
// it renders, fits a 375 px screen, and is saved as a screenshot (e2e/artifacts/screenshots/).
import { expect, test } from "@playwright/test";
import { SANDBOX_API_KEY } from "../lib/kavenegar/simulator/accounts";
import { ADMIN_STATE, E2E_SIM_URL } from "./config";
import { expectNoHorizontalOverflow, screenshot } from "./helpers";

test.use({ storageState: ADMIN_STATE });

const pages = [
  { path: "/admin", name: "overview", heading: /overview/i },
  { path: "/admin/live", name: "live", heading: /live/i },
  { path: "/admin/incidents", name: "incidents", heading: /incidents/i },
  { path: "/admin/send-log", name: "send-log", heading: /send log/i },
  { path: "/admin/senders", name: "senders", heading: /sender lines/i },
  { path: "/admin/account", name: "account", heading: /account/i },
  { path: "/admin/settings", name: "settings", heading: /settings/i },
  { path: "/admin/settings/notifications", name: "notifications", heading: /settings/i },
  { path: "/admin/audit", name: "audit", heading: /audit/i },
];

for (const width of [1280, 375]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width === 375 ? 812 : 900 } });

    for (const { path, name, heading } of pages) {
      test(`${name} renders and fits`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expectNoHorizontalOverflow(page);
        await screenshot(page, `${name}-${width}`);
      });
    }
  });
}

test("the account page shows the credit Kavenegar reports", async ({ page, request }) => {
  await page.goto("/admin/account");
  await page.getByTestId("account-refresh").click();
  const account = (await (await request.get(`${E2E_SIM_URL}/__sim/accounts/${SANDBOX_API_KEY}`)).json()) as { credit: number };
  await expect(page.getByTestId("account-credit")).toHaveText(`${account.credit.toLocaleString("en")} rials`);
  await expect(page.getByText(SANDBOX_API_KEY)).toHaveCount(0);
  await screenshot(page, "account-refreshed");
});

test("a test send shows the provider's answer for a line", async ({ page }) => {
  await page.goto("/admin/senders");
  await page.getByTestId("test-send-10008663").click();
  await page.getByTestId("test-send-phone").fill("09121112233");
  await page.getByTestId("test-send-submit").click();
  const result = page.getByTestId("test-send-result");
  await expect(result).toContainText("412");
  await expect(result).toContainText("ارسال کننده نامعتبر است");
  await screenshot(page, "senders-test-send-412");
});
