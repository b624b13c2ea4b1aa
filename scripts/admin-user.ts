// Admin users from the command line; a password is read from standard input (one line), so
// it stays out of shell history. Changing a role or password, or removing a user, ends
// their sessions at once.
//   npm run admin:create -- --email ops@example.com [--role admin|viewer] [--name "…"]
//   npm run admin:user -- role --email ops@example.com --role viewer
//   npm run admin:user -- password --email ops@example.com
//   npm run admin:user -- remove --email ops@example.com
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { adminRoleSchema, createAdminUser, removeAdminUser, setAdminPassword, setAdminRole } from "../lib/auth/users";
import { databaseConfigOf, openDatabase } from "../lib/db/database";
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
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { email: { type: "string" }, role: { type: "string", default: "admin" }, name: { type: "string", default: "" } },
  });
  const [command = "create"] = positionals;
  const email = values.email;
  if (!email) throw new Error("--email is required");
  const config = parseEnv(process.env);
  const database = await openDatabase(databaseConfigOf(config));
  try {
    if (database.kind === "pglite") await migrate(database.sql);
    const db = database.prisma;
    switch (command) {
      case "create": {
        const user = await createAdminUser(db, {
          email,
          role: adminRoleSchema.parse(values.role),
          name: values.name,
          password: await readPassword(),
        });
        console.log(`created ${user.role} ${user.email}`);
        return;
      }
      case "role":
        await setAdminRole(db, email, adminRoleSchema.parse(values.role));
        {
          console.log(`${email} is now ${values.role}; their sessions have ended`);
          return;
        }
      case "password":
        await setAdminPassword(db, email, await readPassword());
        {
          console.log(`password of ${email} changed; their sessions have ended`);
          return;
        }
      case "remove":
        await removeAdminUser(db, email);
        {
          console.log(`removed ${email} and their sessions`);
          return;
        }
      default:
        throw new Error(`unknown command ${command}: use create, role, password or remove`);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`admin:user failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
