// Generates the Prisma client. Prisma 7 refuses to run `generate` until its native
// schema engine has been downloaded, yet never executes it; offline we point it at
// any existing file. A machine that has a real engine keeps its own setting.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
