// The real production server (server.ts on the test build, .next-e2e) as a child process:
// for what only the whole process shows (start-up, signals, the front door).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { E2E_DIST_DIR } from "@/e2e/config";

export interface AppServer {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export function testBuildExists(): boolean {
  return existsSync(path.join(E2E_DIST_DIR, "BUILD_ID"));
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** Variables of the test runner that must not leak into the app under test. */
const RUNNER_ONLY = ["DATABASE_URL", "KAVENEGAR_API_KEY", "KAVENEGAR_SANDBOX", "NODE_ENV", "VITEST", "TEST_DATABASE_URL"];

function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of RUNNER_ONLY) Reflect.deleteProperty(env, name);
  for (const name of Object.keys(env)) if (name.startsWith("VITEST_")) Reflect.deleteProperty(env, name);
  return env;
}

/**
 * Starts `node --import tsx server.ts` (what `npm start` runs) and waits for "ready", or for
 * the process to end (a refused start). Without `waitForReady` it returns at once.
 */
export async function startAppServer(env: Record<string, string>, options: { waitForReady?: boolean; timeoutMs?: number } = {}): Promise<AppServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...baseEnv(), NEXT_DIST_DIR: E2E_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));

  const server: AppServer = {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  if (options.waitForReady === false) return server;

  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let ended = false;
  void exited.then(() => (ended = true));
  while (!output.includes("[server] ready")) {
    if (ended) return server;
    if (Date.now() > deadline) {
      await server.stop("SIGKILL");
      throw new Error(`the server did not start in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return server;
}

/** A process environment with nothing of the test runner's but PATH and HOME (NODE_ENV left unset on purpose). */
export function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name !== "PATH" && name !== "HOME") Reflect.deleteProperty(env, name);
  return Object.assign(env, extra);
}
