/**
 * Tables. `Table`/`Caption`/`Th`/`Td` draw a plain data table; `DataTable` draws one from columns and
 * rows and stacks on narrow screens (below `sm` each row becomes a card of "label: value" lines), so
 * nothing scrolls sideways at 390 px. `ListTable` is the worklists' table: cell styles set once on the
 * table (descendant variants) instead of on each of 50 × 7 cells (decision 012); below `sm` its rows
 * become cards too, each cell led by its `data-label` (the column's name, shown by CSS).
 */
import type { ReactNode } from "react";
import { element } from "./element";

/** Below `sm` a plain table scrolls inside its own box (WCAG 1.4.10 allows it for a two-dimensional table), never the page. */
const PlainTable = element("table", "w-full border-collapse bg-white text-left text-sm shadow-sm max-sm:block max-sm:max-w-full max-sm:overflow-x-auto", "Table");
/** In the tab order (tabIndex 0): a box that may scroll must be scrollable from the keyboard (WCAG 2.1.1; axe scrollable-region-focusable). */
export function Table(props: Parameters<typeof PlainTable>[0]) {
  return <PlainTable tabIndex={0} {...props} />;
}
/**
 * A Table whose cells take the look of Th and Td from the table (class `cell-table`, app/globals.css):
 * write plain <th>/<td>. For long server-rendered documents — the agreement page has ~700 cells, and
 * each cell's classes travelled twice (HTML and RSC payload). A cell's own classes still win.
 */
export function CellTable({ className, ...props }: Parameters<typeof PlainTable>[0]) {
  return <Table className={className ? `cell-table ${className}` : "cell-table"} {...props} />;
}
export const Caption = element("caption", "mb-2 text-left text-base font-semibold text-slate-900", "Caption");
export const Th = element("th", "border-b-2 border-slate-300 px-3 py-2 font-semibold text-slate-900", "Th");
export const Td = element("td", "border-b border-slate-200 px-3 py-2 align-top", "Td");
export const ListTable = element(
  "table",
  "w-full border-collapse bg-white text-left text-sm shadow-sm [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:px-3 [&_th]:py-2 [&_th]:align-top [&_thead_th]:border-b-2 [&_thead_th]:border-slate-300 [&_thead_th]:font-semibold [&_tbody_th]:border-b [&_tbody_th]:border-slate-200 [&_tbody_th]:whitespace-nowrap [&_tbody_a]:font-medium [&_tbody_a]:text-brand-700 [&_tbody_a]:underline max-sm:block max-sm:shadow-none [&_tbody]:max-sm:block [&_tr]:max-sm:block [&_tr]:max-sm:mb-3 [&_tr]:max-sm:rounded-md [&_tr]:max-sm:border [&_tr]:max-sm:border-slate-200 [&_tr]:max-sm:py-1 [&_thead]:max-sm:sr-only [&_td]:max-sm:block [&_td]:max-sm:border-0 [&_td]:max-sm:py-0.5 [&_tbody_th]:max-sm:block [&_tbody_th]:max-sm:border-0 [&_td]:max-sm:before:mr-1 [&_td]:max-sm:before:font-semibold [&_td]:max-sm:before:content-[attr(data-label)]",
  "ListTable",
);

export type Column<Row> = { header: string; cell: (row: Row) => ReactNode; /** the row's heading cell (a <th scope="row">) */ rowHeader?: boolean };

export function DataTable<Row>({ caption, columns, rows, rowKey, empty }: { caption: ReactNode; columns: Column<Row>[]; rows: Row[]; rowKey: (row: Row) => string; empty?: ReactNode }) {
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <Table className="max-sm:shadow-none [&_tr]:max-sm:mb-3 [&_tr]:max-sm:block [&_tr]:max-sm:rounded-md [&_tr]:max-sm:border [&_tr]:max-sm:border-slate-200 [&_tbody]:max-sm:block [&_thead]:max-sm:sr-only">
      <Caption>{caption}</Caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <Th key={column.header} scope="col">
              {column.header}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((column) => {
              const Cell = column.rowHeader ? Th : Td;
              return (
                <Cell key={column.header} {...(column.rowHeader ? { scope: "row" } : {})} className="max-sm:block max-sm:border-0 max-sm:py-1">
                  <span aria-hidden="true" className="font-semibold sm:hidden">
                    {column.header}:{" "}
                  </span>
                  {column.cell(row)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A table's header row: one column header per label. */
export function TableHead({ columns, cell: Cell = "th" }: { columns: string[]; /** `Th` for a plain Table; "th" inside a ListTable (styled by the table) */ cell?: typeof Th | "th" }) {
  return (
    <thead>
      <tr>
        {columns.map((label) => (
          <Cell key={label} scope="col">
            {label}
          </Cell>
        ))}
      </tr>
    </thead>
  );
}
