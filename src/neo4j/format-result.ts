/**
 * Query results as text
 * =====================
 *
 * Renders a ReadResult (src/neo4j/read.ts) as an aligned text table for a
 * terminal (Chinese characters count as two columns; long cells are cut with
 * an ellipsis) or as JSON. Nodes print as their name, paths as chains.
 */
import type { PlainNode, PlainPath, PlainRelationship, PlainValue, ReadResult } from "./read.ts";

export interface TableOptions {
  /** Widest cell, in terminal columns (default 60). */
  maxCellWidth?: number;
}

export function formatTable(result: ReadResult, options: TableOptions = {}): string {
  const maxWidth = options.maxCellWidth ?? 60;
  if (result.columns.length === 0) return "(no columns)\n";
  const cells = result.rows.map((row) => result.columns.map((column) => truncate(cellText(row[column] ?? null), maxWidth)));
  const widths = result.columns.map((column, index) =>
    Math.max(displayWidth(column), ...cells.map((row) => displayWidth(row[index]!))),
  );
  const line = (values: string[]) => values.map((value, index) => pad(value, widths[index]!)).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  const footer = `(${result.rows.length} row${result.rows.length === 1 ? "" : "s"}${result.truncated ? ", more not shown" : ""}, ${result.elapsedMs} ms)`;
  return [line(result.columns), rule, ...cells.map(line), footer].join("\n") + "\n";
}

export function formatJson(result: ReadResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

/** One value as a single line of text. */
export function cellText(value: PlainValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value.replace(/\s+/g, " ");
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.every((item) => typeof item === "string") ? value.join("、") : value.map(cellText).join(", ");
  if (isKind<PlainNode>(value, "node")) return nodeText(value);
  if (isKind<PlainRelationship>(value, "relationship")) return `[:${value.type}]`;
  if (isKind<PlainPath>(value, "path")) return pathText(value);
  return JSON.stringify(value);
}

function isKind<T>(value: PlainValue, kind: string): value is PlainValue & T {
  return typeof value === "object" && value !== null && !Array.isArray(value) && value.kind === kind;
}

function nodeText(node: PlainNode): string {
  const { name, title, id } = node.properties;
  return String(name ?? title ?? id ?? node.elementId);
}

function pathText(path: PlainPath): string {
  let text = nodeText(path.nodes[0]!);
  path.relationships.forEach((rel, index) => {
    const from = path.nodes[index]!;
    const forward = rel.startElementId === from.elementId;
    text += forward ? ` -[${rel.type}]-> ` : ` <-[${rel.type}]- `;
    text += nodeText(path.nodes[index + 1]!);
  });
  return text;
}

/** Terminal columns of a string: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function truncate(text: string, maxWidth: number): string {
  if (displayWidth(text) <= maxWidth) return text;
  let out = "";
  let width = 0;
  for (const char of text) {
    const charWidth = isWide(char.codePointAt(0)!) ? 2 : 1;
    if (width + charWidth > maxWidth - 1) break;
    out += char;
    width += charWidth;
  }
  return `${out}…`;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
