/** One thing the database must have: a table, a column, an index, a key, an enum. */
export interface Fact {
  key: string;
  value: string;
  /** The table it belongs to; facts of a table missing on one side are not reported one by one. */
  table?: string;
}

/** Makes PostgreSQL's stored default expressions comparable with Prisma's attributes. */
export function normalizeDefault(expression: string): string {
  let value = expression.trim();
  const sequence = /^nextval\('(.+)'::regclass\)$/.exec(value);
  if (sequence) return `nextval(${sequence[1]!.replace(/"/g, "")})`;
  if (/^(now\(\)|CURRENT_TIMESTAMP)$/i.test(value)) return "CURRENT_TIMESTAMP";
  const cast = /::(?:"[^"]+"|[a-z_][a-z0-9_ ]*(?:\(\d+(?:,\s*\d+)?\))?(?: with(?:out)? time zone)?)(?:\[\])*$/i;
  while (cast.test(value)) value = value.replace(cast, "");
  const parenthesized = /^\((-?[\d.]+)\)$/.exec(value);
  if (parenthesized) value = parenthesized[1]!;
  const quotedNumber = /^'(-?\d+(?:\.\d+)?)'$/.exec(value);
  return quotedNumber ? quotedNumber[1]! : value;
}
