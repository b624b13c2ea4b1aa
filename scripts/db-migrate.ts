// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL, or to the
// embedded PGlite at PGLITE_DATA_DIR when no URL is set.
import { databaseConfigOf, openDatabase, type Database } from "../lib/db/database";
import { migrate } from "../lib/db/migrator";
import { parseEnv } from "../lib/env";

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  const target = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${env.PGLITE_DATA_DIR}`;
  console.log(`Migrating ${target}`);

  // A migration may rebuild an index on a large table: no statement timeout here.
  const db: Database = await openDatabase(databaseConfigOf(env, { statementTimeoutMs: 0 }));
  try {
    const { applied } = await migrate(db.sql, { log: (line) => console.log(line) });
    if (applied.length > 0) {
      console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  - ${name}`).join("\n")}`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
