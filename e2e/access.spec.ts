import { expect, test } from "@playwright/test";
import { VIEWER_STATE } from "./config";

test.describe("anonymous", () => {
  test("admin pages redirect to sign-in and admin APIs answer 401", async ({ page, request }) => {
    await page.goto("/admin/senders");
    await expect(page).toHaveURL(/\/signin/);
    const answer = await request.get("/api/admin/senders");
    expect(answer.status()).toBe(401);
    expect(await answer.json()).toMatchObject({ code: "unauthorized" });
  });
});

test.describe("viewer", () => {
  test.use({ storageState: VIEWER_STATE });

  test("sees the lines but cannot change the active one", async ({ page }) => {
    await page.goto("/admin/senders");
    await expect(page.getByTestId("sender-row-10008663")).toBeVisible();
    await expect(page.getByTestId("add-sender-form")).toHaveCount(0);
    await expect(page.locator('[data-testid^="set-active-"]')).toHaveCount(0);

    const lines = (await (await page.request.get("/api/admin/senders")).json()) as { lines: { id: number; number: string }[] };
    const target = lines.lines.find((line) => line.number === "10008663");
    expect(target).toBeDefined();
    const refused = await page.request.post(`/api/admin/senders/${target?.id}/activate`);
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "forbidden" });
  });
});
