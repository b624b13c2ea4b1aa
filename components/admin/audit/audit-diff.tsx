// A compact before → after: one line per field that changed, or the whole value for a create/delete.
// The line follows the page's direction (a Persian reader reads before ← after from the right);
// each value is code, isolated left to right so that a Persian page does not reorder it.
import { useTranslations } from "next-intl";

type FieldKey = Parameters<ReturnType<typeof useTranslations<"audit.fields">>>[0];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function Arrow() {
  return <span className="inline-block px-1 text-slate-500 rtl:-scale-x-100">→</span>;
}

/** `result`: the entry records what happened (a test), not a change: shown plainly, neither red nor green. */
export function AuditDiff({ before, after, result = false }: { before: unknown; after: unknown; result?: boolean }) {
  const fields = useTranslations("audit.fields");
  const values = useTranslations("audit.values");
  const fieldName = (key: string) => (fields.has(key as FieldKey) ? fields(key as FieldKey) : key);
  const show = (value: unknown) => {
    if (value === undefined) return "—";
    if (value === "") return values("empty");
    if (typeof value === "boolean") return values(value ? "yes" : "no");
    return typeof value === "string" ? value : JSON.stringify(value);
  };
  const value = (shown: unknown, className: string) => (
    <bdi dir="ltr" className={`wrap-anywhere ${className}`}>
      {show(shown)}
    </bdi>
  );
  const added = result ? "text-slate-700" : "text-emerald-700";
  const removed = "text-red-700 line-through decoration-red-300";
  if (isRecord(before) || isRecord(after)) {
    const from = isRecord(before) ? before : {};
    const to = isRecord(after) ? after : {};
    const onlyAfter = before === null || before === undefined;
    const onlyBefore = after === null || after === undefined;
    // A change that stores whole objects (a notification channel) lists only the parts that differ.
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((key) => onlyAfter || onlyBefore || !same(from[key], to[key]));
    return (
      <ul className="space-y-0.5 text-xs" data-testid="audit-diff">
        {keys.map((key) => (
          <li key={key}>
            <span className="font-medium text-slate-700" title={key}>
              {fieldName(key)}:{" "}
            </span>
            {!onlyAfter && value(from[key], onlyBefore ? "text-slate-600" : removed)}
            {!onlyAfter && !onlyBefore && <Arrow />}
            {!onlyBefore && value(to[key], added)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <span className="block text-xs" data-testid="audit-diff">
      {value(before ?? undefined, "text-red-700")}
      <Arrow />
      {value(after ?? undefined, added)}
    </span>
  );
}
