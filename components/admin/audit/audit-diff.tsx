// A compact before → after: one line per field that differs, or the whole value for a create/delete.
// Values and JSON are code: always left to right, so a Persian page does not reverse them; the
// field's name is said in the page's language.
import { useTranslations } from "next-intl";

type FieldKey = Parameters<ReturnType<typeof useTranslations<"audit.fields">>>[0];

function show(value: unknown): string {
  if (value === undefined) return "—";
  if (typeof value === "string") return value === "" ? '""' : value;
  return JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `result`: the entry records what happened (a test), not a change: shown plainly, neither red nor green. */
export function AuditDiff({ before, after, result = false }: { before: unknown; after: unknown; result?: boolean }) {
  const fields = useTranslations("audit.fields");
  const fieldName = (key: string) => (fields.has(key as FieldKey) ? fields(key as FieldKey) : key);
  const added = result ? "text-slate-700" : "text-emerald-700";
  if (isRecord(before) || isRecord(after)) {
    const from = isRecord(before) ? before : {};
    const to = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    return (
      <ul dir="ltr" className="space-y-0.5 text-left text-xs" data-testid="audit-diff">
        {keys.map((key) => {
          const onlyAfter = before === null || before === undefined;
          const onlyBefore = after === null || after === undefined;
          return (
            <li key={key} className="wrap-anywhere">
              {/* Isolated, so that the colon follows a Persian name instead of jumping before it. */}
              <span className="font-medium text-slate-700" title={key}>
                <bdi>{fieldName(key)}</bdi>:{" "}
              </span>
              {!onlyAfter && (
                <span dir="auto" className={onlyBefore ? "text-slate-600" : "text-red-700 line-through decoration-red-300"}>
                  {show(from[key])}
                </span>
              )}
              {!onlyAfter && !onlyBefore && <span className="text-slate-500"> → </span>}
              {!onlyBefore && (
                <span dir="auto" className={added}>
                  {show(to[key])}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <span dir="ltr" className="block text-left text-xs wrap-anywhere" data-testid="audit-diff">
      <span className="text-red-700">{show(before ?? undefined)}</span>
      <span className="text-slate-500"> → </span>
      <span className={added}>{show(after ?? undefined)}</span>
    </span>
  );
}
