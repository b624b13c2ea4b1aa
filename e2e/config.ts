// Shared by playwright.config.ts, scripts/e2e.ts and the specs: where the servers listen.
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 3610);
export const E2E_SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 4610);
export const E2E_APP_URL = `http://127.0.0.1:${E2E_APP_PORT}`;
export const E2E_SIM_URL = `http://127.0.0.1:${E2E_SIM_PORT}`;
export const E2E_DIST_DIR = ".next-e2e";

export const E2E_ADMIN = { email: "admin@e2e.local", password: "e2e-admin-password" };
export const E2E_VIEWER = { email: "viewer@e2e.local", password: "e2e-viewer-password" };

export const ADMIN_STATE = "e2e/.auth/admin.json";
export const VIEWER_STATE = "e2e/.auth/viewer.json";
export const SCREENSHOT_DIR = "e2e/artifacts/screenshots";
