import { mkdir } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { SCREENSHOT_DIR } from "./config";

/** Saves a full-page screenshot as a test artefact: e2e/artifacts/screenshots/<name>.png */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** A page fits a phone screen when nothing but scrollable tables is wider than the viewport. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "the page scrolls sideways").toBeLessThanOrEqual(1);
}
