// Signs in once per role through the real sign-in page and stores the sessions for the specs.
import { expect, test as setup } from "@playwright/test";
import { ADMIN_STATE, E2E_ADMIN, E2E_VIEWER, VIEWER_STATE } from "./config";
import { screenshot } from "./helpers";

setup("a wrong password is refused", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");
  await screenshot(page, "signin-refused");
});

for (const [role, user, statePath] of [
  ["admin", E2E_ADMIN, ADMIN_STATE],
  ["viewer", E2E_VIEWER, VIEWER_STATE],
] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("session-user")).toContainText(`${user.email} (${role})`);
    await page.context().storageState({ path: statePath });
  });
}
