// Once per vitest run: the production build that the real-server tests start (npm test
// builds it first; a bare `vitest` builds it when it is missing).
import { spawnSync } from "node:child_process";
import { E2E_DIST_DIR } from "@/e2e/config";
import { testBuildExists } from "./helpers/app-server";

export default function setup(): void {
  if (testBuildExists()) return;
  console.info(`[vitest] no test build in ${E2E_DIST_DIR}: building it once (next build)`);
  const result = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: E2E_DIST_DIR, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}
