// A table that is a table on wide screens and a stack of cards on phones (under 640 px): one
// markup for both, so each row keeps its test ids, and a row's cells (the line, its outcome, its
// actions) stay together. A cell's `data-label` names it inside its card.
const heading = "whitespace-nowrap px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-500";

export const stacked = {
  frame:
    "overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200 max-sm:overflow-visible max-sm:bg-transparent max-sm:shadow-none max-sm:ring-0",
  table: "min-w-full text-sm max-sm:block",
  head: "bg-slate-50 max-sm:hidden",
  body: "max-sm:block max-sm:space-y-2",
  row: "border-t border-slate-100 max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-3 max-sm:gap-y-2 max-sm:rounded-lg max-sm:border-0 max-sm:bg-white max-sm:p-3 max-sm:shadow-sm max-sm:ring-1 max-sm:ring-slate-200",
  cell: "px-3 py-2 align-top max-sm:min-w-0 max-sm:p-0 max-sm:before:block max-sm:before:text-[11px] max-sm:before:font-semibold max-sm:before:text-slate-500 max-sm:before:content-[attr(data-label)]",
  /** A cell that takes the card's whole width. */
  wide: "max-sm:col-span-2",
  th: `${heading} text-start`,
  /** The heading of a column of numbers, aligned with them. */
  thEnd: `${heading} text-end`,
  /** A cell of numbers: at the end of a table's column, at the start of a card's field. */
  number: "text-end tabular-nums max-sm:text-start",
} as const;
