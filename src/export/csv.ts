/**
 * CSV export
 * ==========
 *
 * Two files, as spreadsheet tools and Gephi's spreadsheet importer expect:
 * `<name>.nodes.csv` (Id, Label, ...) and `<name>.edges.csv` (Id, Source,
 * Target, Type, ...), with the evidence sentences in a column of the edges.
 * RFC 4180 quoting; a UTF-8 byte order mark so Excel reads the Chinese.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first: names and
 * sentences come from whatever documents were ingested) gets a leading ' so
 * it stays text; numbers stay numbers.
 */
import { columnsOf, flattenEdge, flattenNode, type FlatRecord } from "./flatten.ts";
import type { ExportFormat, ExplorerGraph } from "./types.ts";

const BOM = "\uFEFF";

export const CSV_FORMAT: ExportFormat = {
  name: "csv",
  label: "CSV (nodes + edges)",
  extension: "csv",
  mime: "text/csv",
  write(graph, { baseName }) {
    return [
      { name: `${baseName}.nodes.csv`, mime: this.mime, content: nodesCsv(graph) },
      { name: `${baseName}.edges.csv`, mime: this.mime, content: edgesCsv(graph) },
    ];
  },
};

export function nodesCsv(graph: ExplorerGraph): string {
  const rows = graph.mapNodes((key, attributes) => ({ Id: key, Label: attributes.label, ...withoutLabel(flattenNode(attributes)) }));
  return toCsv(rows);
}

export function edgesCsv(graph: ExplorerGraph): string {
  const rows = graph.mapEdges((key, attributes, source, target) => ({
    Id: key,
    Source: source,
    Target: target,
    Type: graph.isDirected(key) ? "Directed" : "Undirected",
    Label: attributes.label,
    ...withoutLabel(flattenEdge(attributes)),
  }));
  return toCsv(rows);
}

function withoutLabel(record: FlatRecord): FlatRecord {
  const { label: _label, ...rest } = record;
  return rest;
}

function toCsv(rows: FlatRecord[]): string {
  const columns = columnsOf(rows);
  const lines = [columns.map(csvCell).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column] ?? "")).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

export function csvCell(value: string | number | boolean): string {
  const text = typeof value === "string" ? defuseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

function defuseFormula(text: string): string {
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}
