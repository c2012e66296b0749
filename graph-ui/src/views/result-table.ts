/**
 * Query result table
 * ==================
 *
 * Rows of a saved query or of the Cypher console as a sortable table, with
 * the row count and time; a row click selects the node it names (an id
 * column, or a node in the row) when the graph shows it.
 */
import type { QueryResult } from "../../../src/server/api-types.ts";
import { graph } from "../core/graph-state.ts";
import { t } from "../core/i18n.ts";
import { selectNode } from "../core/selection.ts";
import { h } from "./dom.ts";
import { tableView } from "./table-view.ts";

const NODE_ID = /^(county|company|project|slogan|person|report):[0-9a-f]{16}$/;

export function resultTable(result: QueryResult, testId: string, focusNode: (node: string) => void): HTMLElement {
  const summary = `${t("queries.rows", { n: result.rows.length, ms: result.elapsedMs })}${result.truncated ? t("queries.truncated", { n: result.rows.length }) : ""}`;
  if (result.rows.length === 0) return h("div", { class: "result" }, h("p", { class: "empty" }, t("queries.empty")), h("p", { class: "muted small" }, summary));
  const numeric = new Set(result.columns.filter((column) => result.rows.every((row) => row[column] === null || typeof row[column] === "number")));
  return h(
    "div",
    { class: "result" },
    h("p", { class: "muted small summary" }, summary),
    h(
      "div",
      { class: "table-scroll" },
      tableView({
        testId,
        rows: result.rows,
        columns: result.columns.map((column) => ({ key: column, label: column, numeric: numeric.has(column) })),
        onRowClick: (row) => {
          const node = nodeOfRow(row);
          if (node && graph.hasNode(node)) {
            selectNode(node);
            focusNode(node);
          }
        },
      }),
    ),
  );
}

function nodeOfRow(row: Record<string, unknown>): string | null {
  for (const value of Object.values(row)) {
    if (typeof value === "string" && NODE_ID.test(value)) return value;
    const node = value as { kind?: string; properties?: { id?: unknown } } | null;
    if (node && node.kind === "node" && typeof node.properties?.id === "string") return node.properties.id;
  }
  return null;
}
