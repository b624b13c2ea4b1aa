import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SANDBOX_API_KEY } from "./lib/kavenegar/simulator/accounts";
import { E2E_ADMIN, E2E_APP_PORT, E2E_APP_URL, E2E_DIST_DIR, E2E_SIM_PORT, E2E_SIM_URL } from "./e2e/config";

// Debian's Chromium where it is installed (offline machines); Playwright's own browser
// otherwise (`npx playwright install chromium`), or when PLAYWRIGHT_BUNDLED_BROWSER=1.
const systemChromium = "/usr/bin/chromium";
const useSystemChromium = existsSync(systemChromium) && process.env.PLAYWRIGHT_BUNDLED_BROWSER !== "1";

export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/artifacts/results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: E2E_APP_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: useSystemChromium
      ? { executablePath: systemChromium, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] }
      : {},
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /auth\.setup\.ts/ },
  ],
  webServer: [
    {
      command: `npx tsx scripts/kavenegar-sim.ts --port ${E2E_SIM_PORT}`,
      url: `${E2E_SIM_URL}/__sim/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node --import tsx server.ts --port ${E2E_APP_PORT} --hostname 127.0.0.1`,
      url: `${E2E_APP_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        NEXT_DIST_DIR: E2E_DIST_DIR,
        NODE_ENV: "production",
        KAVENEGAR_API_KEY: SANDBOX_API_KEY,
        KAVENEGAR_BASE_URL: E2E_SIM_URL,
        KAVENEGAR_TIMEOUT_MS: "3000",
        KAVENEGAR_SENDER: "10008663",
        OTP_SECRET: "e2e-otp-secret-0123456789abcdef0123456789",
        NEXTAUTH_SECRET: "e2e-nextauth-secret-0123456789abcdef0123",
        NEXTAUTH_URL: E2E_APP_URL,
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
        ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
        ...(process.env.E2E_PGLITE_DATA_DIR ? { PGLITE_DATA_DIR: process.env.E2E_PGLITE_DATA_DIR } : {}),
      },
    },
  ],
});
