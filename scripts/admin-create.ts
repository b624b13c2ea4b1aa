// npm run admin:create -- --email admin@example.com [--role admin|viewer] [--name "…"]
// The password is read from standard input (one line), so it stays out of shell history.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createAdminUser } from "../lib/auth/users";
import { openDatabase } from "../lib/db/database";
import { migrate } from "../lib/db/migrator";
import { parseEnv } from "../lib/env";

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (input is shown; prefer piping it): ");
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "admin" }, name: { type: "string", default: "" } },
  });
  if (!values.email) throw new Error("--email is required");
  const config = parseEnv(process.env);
  const database = await openDatabase(config.DATABASE_URL ? { url: config.DATABASE_URL } : { pgliteDir: config.PGLITE_DATA_DIR });
  try {
    if (database.kind === "pglite") await migrate(database.sql);
    const user = await createAdminUser(database.prisma, {
      email: values.email,
      role: values.role as "admin" | "viewer",
      name: values.name,
      password: await readPassword(),
    });
    console.log(`created ${user.role} ${user.email}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`admin:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
