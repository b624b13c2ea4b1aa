// What a database has, read from pg_catalog into the same facts as expected.ts.
import type { SqlDriver } from "@/lib/db/database";
import { normalizeDefault, type Fact } from "./fact";

const ACTION_CODES: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

export async function actualFacts(sql: Pick<SqlDriver, "query">): Promise<Fact[]> {
  const facts: Fact[] = [];
  const userTable = `n.nspname = current_schema() AND c.relname <> '_prisma_migrations'`;

  const enums = await sql.query<{ name: string; labels: string }>(
    `SELECT t.typname AS name, string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) AS labels
       FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
       JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = current_schema()
      GROUP BY t.typname`,
  );
  for (const e of enums) facts.push({ key: `enum ${e.name}`, value: `(${e.labels})` });

  const tables = await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND ${userTable}`,
  );
  for (const table of tables) facts.push({ key: `table ${table.name}`, value: "" });

  const columns = await sql.query<{
    table: string;
    column: string;
    not_null: boolean;
    type: string;
    enum_type: string | null;
    identity: string;
    generated: string;
    default: string | null;
  }>(
    `SELECT c.relname AS table, a.attname AS column, a.attnotnull AS not_null,
            format_type(a.atttypid, a.atttypmod) AS type,
            CASE WHEN t.typtype = 'e' THEN t.typname
                 WHEN et.typtype = 'e' THEN et.typname || '[]' END AS enum_type,
            a.attidentity AS identity, a.attgenerated AS generated,
            pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_type t ON t.oid = a.atttypid
       LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.relkind IN ('r', 'p') AND ${userTable}`,
  );
  for (const column of columns) {
    const type = column.enum_type ? `enum ${column.enum_type}` : column.type;
    const fallback = column.identity
      ? `GENERATED ${column.identity === "a" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY`
      : column.generated
        ? `GENERATED ALWAYS AS (${column.default})`
        : column.default === null
          ? undefined
          : normalizeDefault(column.default);
    facts.push({
      key: `column ${column.table}.${column.column}`,
      value: `${type} ${column.not_null ? "NOT NULL" : "NULL"}${fallback === undefined ? "" : ` DEFAULT ${fallback}`}`,
      table: column.table,
    });
  }

  const indexes = await sql.query<{
    name: string;
    table: string;
    unique: boolean;
    primary: boolean;
    method: string;
    columns: string | null;
    expressions: boolean;
    predicate: string | null;
  }>(
    `SELECT ic.relname AS name, c.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
            am.amname AS method, i.indexprs IS NOT NULL AS expressions,
            pg_get_expr(i.indpred, i.indrelid) AS predicate,
            (SELECT string_agg(a.attname || CASE WHEN i.indoption[k.ord - 1] & 1 = 1 THEN ' DESC' ELSE '' END,
                               ', ' ORDER BY k.ord)
               FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) AS columns
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_am am ON am.oid = ic.relam
      WHERE ${userTable}`,
  );
  for (const index of indexes) {
    const extra = `${index.expressions ? " with expressions" : ""}${index.predicate ? ` WHERE ${index.predicate}` : ""}`;
    if (index.primary) {
      facts.push({ key: `primary key ${index.table}`, value: `${index.name} (${index.columns})${extra}`, table: index.table });
    } else {
      facts.push({
        key: `index ${index.name}`,
        value: `${index.unique ? "UNIQUE " : ""}${index.method} on ${index.table} (${index.columns ?? ""})${extra}`,
        table: index.table,
      });
    }
  }

  const constraints = await sql.query<{
    name: string;
    type: string;
    table: string;
    ref_table: string | null;
    columns: string | null;
    ref_columns: string | null;
    on_delete: string;
    on_update: string;
    definition: string;
  }>(
    `SELECT con.conname AS name, con.contype AS type, c.relname AS table, fc.relname AS ref_table,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum) AS columns,
            (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum) AS ref_columns,
            con.confdeltype AS on_delete, con.confupdtype AS on_update,
            pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_class fc ON fc.oid = con.confrelid
      WHERE con.contype IN ('f', 'c', 'x', 'u') AND ${userTable}`,
  );
  for (const constraint of constraints) {
    if (constraint.type === "f") {
      facts.push({
        key: `foreign key ${constraint.name}`,
        value:
          `${constraint.table} (${constraint.columns}) → ${constraint.ref_table} (${constraint.ref_columns}) ` +
          `ON DELETE ${ACTION_CODES[constraint.on_delete]} ON UPDATE ${ACTION_CODES[constraint.on_update]}`,
        table: constraint.table,
      });
    } else {
      // Prisma makes unique indexes, never CHECK/EXCLUDE/UNIQUE constraints.
      facts.push({ key: `constraint ${constraint.name}`, value: `on ${constraint.table}: ${constraint.definition}`, table: constraint.table });
    }
  }
  return facts;
}
