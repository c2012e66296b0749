/**
 * Sortable table
 * ==============
 *
 * Rows of a query as a table whose columns sort on click (numbers as
 * numbers, Chinese text by pinyin-agnostic code point order, lists by
 * length); clicking a row calls back, so a table can drive the graph.
 */
import { t } from "../core/i18n.ts";
import { h } from "./dom.ts";

export interface Column {
  key: string;
  label: string;
  /** Text of a cell; default: the value as text (lists joined, nodes by name). */
  format?: (value: unknown, row: Record<string, unknown>) => string;
  numeric?: boolean;
}

export interface TableOptions {
  columns: Column[];
  rows: Array<Record<string, unknown>>;
  onRowClick?: (row: Record<string, unknown>) => void;
  initialSort?: { key: string; descending: boolean };
  testId?: string;
}

export function tableView(options: TableOptions): HTMLElement {
  let sort = options.initialSort ?? null;
  const body = h("tbody");
  const header = h("tr");
  const table = h("table", { class: "data-table", dataset: { testid: options.testId ?? "table" } }, h("thead", {}, header), body);

  const render = () => {
    header.replaceChildren(
      ...options.columns.map((column) =>
        h(
          "th",
          {
            title: t("table.sort"),
            class: sort?.key === column.key ? (sort.descending ? "sorted desc" : "sorted asc") : "",
            onclick: () => {
              sort = { key: column.key, descending: sort?.key === column.key ? !sort.descending : Boolean(column.numeric) };
              render();
            },
          },
          column.label,
        ),
      ),
    );
    const rows = [...options.rows];
    if (sort) {
      const { key, descending } = sort;
      rows.sort((a, b) => compare(a[key], b[key]) * (descending ? -1 : 1));
    }
    body.replaceChildren(
      ...rows.map((row) =>
        h(
          "tr",
          { class: options.onRowClick ? "clickable" : "", onclick: () => options.onRowClick?.(row) },
          options.columns.map((column) =>
            h("td", { class: column.numeric ? "num" : "" }, column.format ? column.format(row[column.key], row) : cellText(row[column.key])),
          ),
        ),
      ),
    );
  };
  render();
  return table;
}

const MAX_LIST_ITEMS = 200;

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    // A cell names at most MAX_LIST_ITEMS items: a column of 50,000 nodes would take seconds to lay out.
    const shown = value.slice(0, MAX_LIST_ITEMS).map(cellText).join("、");
    return value.length > MAX_LIST_ITEMS ? `${shown}… (+${(value.length - MAX_LIST_ITEMS).toLocaleString()})` : shown;
  }
  if (typeof value === "object") {
    const item = value as { kind?: string; properties?: Record<string, unknown>; type?: string; nodes?: unknown[]; labels?: string[] };
    if (item.kind === "node") return String(item.properties?.name ?? item.properties?.title ?? item.properties?.id ?? "(node)");
    if (item.kind === "relationship") return `[:${item.type}]`;
    if (item.kind === "path") return (item.nodes ?? []).map(cellText).join(" — ");
    return JSON.stringify(value);
  }
  return String(value);
}

function compare(a: unknown, b: unknown): number {
  const weight = (value: unknown) => (Array.isArray(value) ? value.length : value);
  const x = weight(a);
  const y = weight(b);
  if (typeof x === "number" && typeof y === "number") return x - y;
  if (x === null || x === undefined) return 1;
  if (y === null || y === undefined) return -1;
  return cellText(x).localeCompare(cellText(y), "zh-CN");
}
