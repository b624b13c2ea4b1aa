// The process entry of `npm start` (production) and `npm run dev`: Next.js behind our front
// door (lib/server/front-door.ts), because `next start` alone believes a client's
// X-Forwarded-For and sends no security headers.
import { parseArgs } from "node:util";
import nextEnv from "@next/env";

const { values } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string" }, hostname: { type: "string" } },
});
const dev = values.dev;

// Before Next.js, React and lib/env.ts load: each reads these once. The marker tells the app
// that it runs behind the front door (a production start refuses to run without it).
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production", OTP_GATEWAY_FRONT_DOOR: "1" });
nextEnv.loadEnvConfig(process.cwd(), dev);
if (values.port) process.env.PORT = values.port;
if (values.hostname) process.env.HOST = values.hostname;

const { env, EnvError } = await import("./lib/env");
let config;
try {
  config = env();
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(`${error.message}\nThe server did not start. See .env.example for every variable.`);
  process.exit(1);
}
// next-auth reads NEXTAUTH_URL itself; a local start needs no configuration.
process.env.NEXTAUTH_URL ??= `http://localhost:${config.PORT}`;

const { startHttpServer } = await import("./lib/server/http-server");
await startHttpServer({ dev, port: config.PORT, hostname: config.HOST, config: { ...config, NEXTAUTH_URL: process.env.NEXTAUTH_URL } });
