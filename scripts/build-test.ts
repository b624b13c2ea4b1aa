// npm run build:test: the production build the tests run (the real-server tests and
// Playwright), in its own folder so that a developer's `next dev` is left alone.
import { spawnSync } from "node:child_process";
import { E2E_DIST_DIR } from "../e2e/config";

const result = spawnSync("npx", ["next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_DIST_DIR: E2E_DIST_DIR, NODE_ENV: "production" },
});
process.exit(result.status ?? 1);
