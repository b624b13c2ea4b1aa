// Every console page (and sign-in) in both languages, both themes, at desktop and phone widths:
// it renders in the right language and direction, fits a 375 px screen, has no serious or critical
// accessibility violation (axe), and is saved as a screenshot (e2e/artifacts/screenshots/). Runs
// last (file order), when the other specs have filled the console with lines, attempts and incidents.
import { expect, test, type Browser } from "@playwright/test";
import { ADMIN_STATE, E2E_APP_URL, VIEWER_STATE } from "./config";
import { expectAccessible, expectNoHorizontalOverflow, screenshot } from "./helpers";

const pages = [
  { path: "/admin", name: "overview", heading: { en: /overview/i, fa: "نمای کلی" } },
  { path: "/admin/live", name: "live", heading: { en: /live/i, fa: "زنده" } },
  { path: "/admin/incidents", name: "incidents", heading: { en: /incidents/i, fa: "رخدادها" } },
  { path: "/admin/send-log", name: "send-log", heading: { en: /send log/i, fa: "گزارش ارسال" } },
  { path: "attempt", name: "send-attempt", heading: { en: /send attempt/i, fa: /تلاش ارسال/ } },
  { path: "/admin/senders", name: "senders", heading: { en: /sender lines/i, fa: "خطوط ارسال" } },
  { path: "/admin/account", name: "account", heading: { en: /account/i, fa: "حساب کاوه‌نگار" } },
  { path: "/admin/settings", name: "settings", heading: { en: /settings/i, fa: "تنظیمات" } },
  { path: "/admin/settings/notifications", name: "notifications", heading: { en: /settings/i, fa: "تنظیمات" } },
  { path: "/admin/audit", name: "audit", heading: { en: /audit/i, fa: "گزارش تغییرات" } },
] as const;

const variants = (["en", "fa"] as const).flatMap((locale) =>
  (["light", "dark"] as const).flatMap((theme) => ([1280, 375] as const).map((width) => ({ locale, theme, width }))),
);

async function newConsole(browser: Browser, variant: (typeof variants)[number], storageState?: string) {
  const context = await browser.newContext({
    storageState,
    viewport: { width: variant.width, height: variant.width === 375 ? 812 : 900 },
    colorScheme: variant.theme,
  });
  // The language a browser asked for before its admin chose one; the theme as the toggle stores it.
  await context.addCookies(
    [
      { name: "console-locale", value: variant.locale },
      { name: "console-theme", value: variant.theme },
    ].map((cookie) => ({ ...cookie, url: E2E_APP_URL })),
  );
  return context;
}

for (const variant of variants) {
  const label = `${variant.locale}-${variant.theme}-${variant.width}`;

  test(`every page, ${label}`, async ({ browser }) => {
    const context = await newConsole(browser, variant, ADMIN_STATE);
    const page = await context.newPage();
    await page.goto("/admin/send-log");
    // The seed scenario's attempts (seed-scenario.spec.ts runs before this file).
    const attemptHref = await page.getByTestId("send-log-row").first().locator("a").first().getAttribute("href");
    for (const { path, name, heading } of pages) {
      await page.goto(path === "attempt" ? (attemptHref ?? "") : path);
      await expect(page.locator("html")).toHaveAttribute("lang", variant.locale);
      await expect(page.locator("html")).toHaveAttribute("dir", variant.locale === "fa" ? "rtl" : "ltr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading[variant.locale]);
      await expectNoHorizontalOverflow(page);
      await expectAccessible(page, `${name} ${label}`);
      await screenshot(page, `${name}-${label}`);
    }
    await context.close();
  });

  test(`sign-in, ${label}`, async ({ browser }) => {
    const context = await newConsole(browser, variant);
    const page = await context.newPage();
    await page.goto("/signin");
    await expect(page.locator("html")).toHaveAttribute("lang", variant.locale);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, `sign-in ${label}`);
    await screenshot(page, `signin-${label}`);
    await context.close();
  });
}

test("until an admin chooses, Accept-Language decides, on the sign-in page too", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fa-IR" });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.getByRole("button", { name: "ورود" })).toBeVisible();
  await context.close();
});

test("an admin's language is remembered on the admin, and times are Jalali in Persian", async ({ browser }) => {
  const context = await browser.newContext({ storageState: VIEWER_STATE });
  const page = await context.newPage();
  await page.goto("/admin/send-log");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByTestId("switch-language").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // A Jalali year (14xx) in Persian digits, the UTC time on hover; the phone number keeps Latin digits.
  const firstTime = page.getByTestId("send-log-row").first().locator("time");
  await expect(firstTime).toHaveText(/^۱۴۰[۰-۹]\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}:[۰-۹]{2}$/);
  await expect(firstTime).toHaveAttribute("title", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  await expect(page.getByTestId("send-log-row").first()).toContainText(/\+98\d{10}/);

  // Another browser of the same admin, with no language cookie and an English Accept-Language.
  const other = await browser.newContext({ storageState: VIEWER_STATE, locale: "en-US" });
  await other.clearCookies({ name: "console-locale" });
  const otherPage = await other.newPage();
  await otherPage.goto("/admin");
  await expect(otherPage.locator("html")).toHaveAttribute("lang", "fa");
  await other.close();

  await page.getByTestId("switch-language").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await context.close();
});

test("the theme toggle is remembered, and the phone menu reaches every page", async ({ browser }) => {
  const context = await browser.newContext({ storageState: ADMIN_STATE, viewport: { width: 375, height: 812 }, colorScheme: "light" });
  const page = await context.newPage();
  await page.goto("/admin");
  const theme = page.getByTestId("switch-theme");
  await theme.click();
  await expect(page.locator("html")).toHaveClass("light");
  await theme.click();
  await expect(page.locator("html")).toHaveClass("dark");
  await page.reload();
  await expect(page.locator("html")).toHaveClass("dark");
  await theme.click();

  const nav = page.getByRole("navigation", { name: "Admin" });
  for (const name of ["Account", "Settings", "Audit log"]) {
    await nav.getByTestId("nav-menu-button").click();
    await nav.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(name.split(" ")[0] ?? name, "i"));
    await expect(nav.getByTestId("nav-menu-button")).toContainText(name);
  }
  await context.close();
});
