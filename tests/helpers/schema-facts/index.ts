// Whether a migrated database is what prisma/schema.prisma describes.
import type { SqlDriver } from "@/lib/db/database";
import { actualFacts } from "./actual";
import { expectedFacts } from "./expected";
import type { Fact } from "./fact";

export { expectedFacts, getDMMF } from "./expected";

/** Every difference between what `schema` describes and the database, as readable lines; [] when they match. */
export async function compareSchemaWithDatabase(schema: string, sql: Pick<SqlDriver, "query">): Promise<string[]> {
  return diffFacts(await expectedFacts(schema), await actualFacts(sql));
}

function diffFacts(expected: Fact[], actual: Fact[]): string[] {
  const byKey = (facts: Fact[]) => new Map(facts.map((fact) => [fact.key, fact]));
  const want = byKey(expected);
  const have = byKey(actual);
  const tableMissing = (table: string | undefined) => table !== undefined && (!want.has(`table ${table}`) || !have.has(`table ${table}`));
  const describe = (fact: Fact) => `${fact.key}${fact.value ? ` ${fact.value}` : ""}`;

  const problems: string[] = [];
  for (const fact of want.values()) {
    const found = have.get(fact.key);
    if (!found) {
      if (!tableMissing(fact.table)) problems.push(`missing from the database: ${describe(fact)}`);
    } else if (found.value !== fact.value) {
      problems.push(`${fact.key} differs: schema.prisma has ${fact.value}, the database has ${found.value}`);
    }
  }
  for (const fact of have.values()) {
    if (!want.has(fact.key) && !tableMissing(fact.table)) problems.push(`not in schema.prisma: ${describe(fact)}`);
  }
  return problems.sort();
}
