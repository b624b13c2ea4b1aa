// Settings → Notifications end to end: a webhook to a real local receiver is saved from the form,
// tested (a signed POST), recorded among the deliveries, then forgotten so that the specs after
// this one start with every channel off. And the Incidents page the messages link to.
import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import type { NotificationSettingsView } from "../lib/notifications/settings-schema";
import { ADMIN_STATE, E2E_APP_URL, VIEWER_STATE } from "./config";
import { screenshot } from "./helpers";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";

const SECRET = "e2e-webhook-signing-secret-4f1c";
const HOOK_PATH = "/hooks/e2e-incidents";

async function storedSettings(page: Page): Promise<NotificationSettingsView> {
  const answer = await page.request.get("/api/admin/notifications");
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { settings: NotificationSettingsView }).settings;
}

const testPosts = (receiver: WebhookReceiver) => receiver.postsOf("test");

test.describe("admin", () => {
  test.use({ storageState: ADMIN_STATE });

  let receiver: WebhookReceiver | undefined;
  test.beforeAll(async () => {
    receiver = await startWebhookReceiver(HOOK_PATH);
  });
  test.afterAll(async () => {
    await receiver?.close();
  });
  // Whatever happened above, the next specs must not find a webhook pointing at a closed port.
  test.afterEach(async ({ page }) => {
    const answer = await page.request.patch("/api/admin/notifications", {
      headers: { origin: E2E_APP_URL },
      data: { webhook: { enabled: false, url: "", secret: "" } },
    });
    expect(answer.status()).toBe(200);
  });

  test("a webhook is saved, tested with a signed POST, listed among the deliveries, and forgotten", async ({ page }) => {
    const hook = receiver!;
    await page.goto("/admin/settings/notifications");
    await expect(page.getByTestId("settings-tab-notifications")).toHaveAttribute("aria-current", "page");
    const before = await storedSettings(page);

    // An invalid URL: the field says why, and nothing is saved.
    await page.getByTestId("notify-webhook-url").fill("ftp://example.com/hook");
    await page.getByTestId("notify-webhook-enabled").check();
    await page.getByTestId("notify-webhook-save").click();
    await expect(page.getByTestId("notify-error-webhook-url")).toContainText("must be an http:// or https:// URL");
    expect(await storedSettings(page)).toEqual(before);

    await page.getByTestId("notify-webhook-url").fill(hook.url);
    await page.getByTestId("notify-webhook-secret").fill(SECRET);
    await page.getByTestId("notify-webhook-save").click();
    await expect(page.getByTestId("notify-webhook-message")).toContainText("Saved");
    await expect(page.getByTestId("notify-error-webhook-url")).toHaveCount(0);

    // The secrets are never sent back to the browser: the inputs are empty, the URL's path is masked.
    await page.reload();
    const urlInput = page.getByTestId("notify-webhook-url");
    await expect(urlInput).toHaveValue("");
    await expect(page.getByTestId("notify-webhook-secret")).toHaveValue("");
    await expect(page.getByTestId("notify-webhook-enabled")).toBeChecked();
    const placeholder = (await urlInput.getAttribute("placeholder")) ?? "";
    expect(placeholder).toContain(new URL(hook.url).host);
    expect(placeholder).not.toContain(HOOK_PATH);
    expect(placeholder).not.toContain(SECRET);
    expect(await page.content()).not.toContain(SECRET);
    expect((await storedSettings(page)).webhook).toEqual({ enabled: true, url: expect.not.stringContaining(HOOK_PATH), secretSet: true });

    await page.getByTestId("notify-webhook-test").click();
    const result = page.getByTestId("notify-webhook-test-result");
    await expect(result).toHaveAttribute("data-outcome", "sent");
    await expect(result).toContainText("HTTP 200");

    // An incident opening meanwhile would be posted too: only the test message is counted.
    await expect.poll(() => testPosts(hook).length).toBe(1);
    const [post] = testPosts(hook);
    const payload = JSON.parse(post!.raw.toString("utf8")) as { event: string; text: unknown };
    expect(payload.event).toBe("test");
    expect(typeof payload.text).toBe("string");
    expect(payload.text).toContain("TEST");
    expect(post!.headers["content-type"]).toMatch(/^application\/json/);
    expect(post!.headers["x-signature"]).toBe(`sha256=${createHmac("sha256", SECRET).update(post!.raw).digest("hex")}`);

    const delivery = page.locator('[data-testid="notification-delivery"][data-channel="webhook"][data-event="test"]').first();
    await expect(delivery).toHaveAttribute("data-outcome", "sent");
    await expect(delivery).toContainText("HTTP 200");
    await screenshot(page, "notifications-webhook-tested");

    await page.getByTestId("notify-webhook-forget").click();
    await page.getByTestId("notify-webhook-forget-confirm").click();
    await expect(page.getByTestId("notify-webhook-message")).toContainText("Forgotten");
    await expect(page.getByTestId("notify-webhook-enabled")).not.toBeChecked();
    expect((await storedSettings(page)).webhook).toEqual({ enabled: false, url: "", secretSet: false });
    await page.reload();
    await expect(page.getByTestId("notify-webhook-enabled")).not.toBeChecked();
    expect(await page.getByTestId("notify-webhook-url").getAttribute("placeholder")).not.toContain(new URL(hook.url).host);
  });

  test("the incidents page renders", async ({ page }) => {
    await page.goto("/admin/incidents");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/incidents/i);
    await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Incidents" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("incident-list").or(page.getByTestId("incident-list-empty"))).toBeVisible();
    await screenshot(page, "incidents");
  });
});

test.describe("viewer", () => {
  test.use({ storageState: VIEWER_STATE });

  test("sees the notification settings but cannot change or test them", async ({ page }) => {
    await page.goto("/admin/settings/notifications");
    for (const channel of ["webhook", "email", "telegram"]) {
      await expect(page.getByTestId(`notify-${channel}-enabled`)).toBeDisabled();
      await expect(page.getByTestId(`notify-${channel}-save`)).toBeDisabled();
      await expect(page.getByTestId(`notify-${channel}-test`)).toBeDisabled();
      await expect(page.getByTestId(`notify-${channel}-forget`)).toBeDisabled();
    }
    await expect(page.getByTestId("notification-deliveries")).toBeVisible();
  });
});
