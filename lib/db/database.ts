// Owns the connection to PostgreSQL: a server through `pg` when a URL is given,
// an embedded PGlite otherwise. Everything above sees one Database shape.
import { mkdir } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import pg from "pg";

export type Db = PrismaClient;

/** Raw SQL for what Prisma's client cannot do: multi-statement migrations, LISTEN/NOTIFY. */
export interface SqlDriver {
  /** Runs one or more statements without parameters; answers the last one's rows. */
  exec<Row = Record<string, unknown>>(sql: string): Promise<Row[]>;
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` on one connection inside BEGIN/COMMIT, rolling back on error. */
  transaction<T>(work: (tx: Pick<SqlDriver, "exec" | "query">) => Promise<T>): Promise<T>;
  /** Subscribes to NOTIFY on a channel; resolves to the unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

export interface Database {
  kind: "postgres" | "pglite";
  /** PGlite only: the data directory as a tarball. */
  dump?: () => Promise<Blob>;
  prisma: Db;
  sql: SqlDriver;
  close(): Promise<void>;
}

export interface PostgresConfig {
  url: string;
  poolSize?: number;
  /** A server that accepts the connection but never answers fails after this long. */
  connectTimeoutMs?: number;
  /** Per statement, enforced by the server and (a little later) by the client; 0 = none (migrations). */
  statementTimeoutMs?: number;
}

/** In memory, empty or loaded from a `dumpDataDir()` tarball (tests copy one migrated database). */
interface PgliteInMemoryConfig {
  pgliteInMemory: true;
  loadDataDir?: Blob;
}

export type DatabaseConfig = PostgresConfig | { pgliteDir: string } | PgliteInMemoryConfig;

/** The variables of lib/env.ts that say where the database is (named here: the database knows nothing else of the environment). */
interface DatabaseEnv {
  DATABASE_URL?: string;
  PGLITE_DATA_DIR: string;
  DATABASE_POOL_SIZE: number;
  DATABASE_CONNECT_TIMEOUT_MS: number;
  DATABASE_STATEMENT_TIMEOUT_MS: number;
}

/** The app's database as the environment describes it: PostgreSQL at DATABASE_URL, else the embedded one. */
export function databaseConfigOf(config: DatabaseEnv, overrides: Partial<Omit<PostgresConfig, "url">> = {}): DatabaseConfig {
  if (!config.DATABASE_URL) return { pgliteDir: config.PGLITE_DATA_DIR };
  return {
    url: config.DATABASE_URL,
    poolSize: config.DATABASE_POOL_SIZE,
    connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    ...overrides,
  };
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return "url" in config ? openPostgres(config) : openPglite(config);
}

/** pg answers a multi-statement query with one result per statement. */
function lastRows<Row>(result: pg.QueryResult | pg.QueryResult[]): Row[] {
  const last = Array.isArray(result) ? result.at(-1) : result;
  return (last?.rows ?? []) as Row[];
}

// Prisma's adapters write timestamps without an offset and read them ignoring it:
// sessions must run in UTC whatever the server's TimeZone setting.
const UTC_SESSION = "-c TimeZone=UTC";
/** How much later than the server the client gives up on a statement (a server that never answers). */
const CLIENT_TIMEOUT_MARGIN_MS = 2_000;

function openPostgres(config: PostgresConfig): Database {
  const { url, poolSize = 10, connectTimeoutMs = 5_000, statementTimeoutMs = 10_000 } = config;
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    options: UTC_SESSION,
    connectionTimeoutMillis: connectTimeoutMs,
    keepAlive: true,
    ...(statementTimeoutMs > 0
      ? {
          statement_timeout: statementTimeoutMs,
          query_timeout: statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
          idle_in_transaction_session_timeout: statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS,
        }
      : {}),
  });
  // An idle client can lose its server (restart, network); the pool replaces it.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });

  const query = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[];

  const sqlDriver: SqlDriver = {
    exec: async <Row>(sql: string) => lastRows<Row>(await pool.query(sql)),
    query: (sql, params) => query(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          exec: async <Row>(sql: string) => lastRows<Row>(await client.query(sql)),
          query: (sql, params) => query(client, sql, params),
        });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onPayload) {
      const client = new pg.Client({ connectionString: url, options: UTC_SESSION, connectionTimeoutMillis: connectTimeoutMs, keepAlive: true });
      client.on("error", () => {});
      await client.connect();
      client.on("notification", (message) => {
        if (message.channel === channel) onPayload(message.payload ?? "");
      });
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        await client.end().catch(() => {});
      };
    },
  };

  return {
    kind: "postgres",
    prisma,
    sql: sqlDriver,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openPglite(config: { pgliteDir: string } | PgliteInMemoryConfig): Promise<Database> {
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import("@electric-sql/pglite"), import("pglite-prisma-adapter")]);
  let dataDir: string | undefined;
  if ("pgliteDir" in config) {
    // PGlite does not create missing parent folders.
    await mkdir(config.pgliteDir, { recursive: true });
    dataDir = config.pgliteDir;
  }
  const pglite = await PGlite.create(dataDir, "loadDataDir" in config && config.loadDataDir ? { loadDataDir: config.loadDataDir } : {});
  await pglite.exec("SET TIME ZONE 'UTC'");
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });

  const sqlDriver: SqlDriver = {
    exec: async <Row>(sql: string) => ((await pglite.exec(sql)).at(-1)?.rows as Row[] | undefined) ?? [],
    query: async (sql, params) => (await pglite.query(sql, params)).rows as never[],
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({
          exec: async <Row>(sql: string) => ((await tx.exec(sql)).at(-1)?.rows as Row[] | undefined) ?? [],
          query: async (sql, params) => (await tx.query(sql, params)).rows as never[],
        }),
      ),
    async listen(channel, onPayload) {
      const unlisten = await pglite.listen(channel, onPayload);
      return () => unlisten();
    },
  };

  return {
    kind: "pglite",
    prisma,
    sql: sqlDriver,
    dump: () => pglite.dumpDataDir("none"),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
