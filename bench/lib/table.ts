/**
 * The benchmark table
 * ===================
 *
 * Every figure is printed with the ceiling it is compared to (measured in
 * the same run) and the ratio value / ceiling, plus the target it is held
 * to, if any. One plain-text table for the terminal, the same rows as
 * Markdown for bench/RESULTS.md.
 */

export interface Figure {
  stage: string;
  /** What was measured on: "1,000 reports", "50,000 nodes". */
  size: string;
  metric: string;
  value: number;
  unit: string;
  ceiling?: { label: string; value: number };
  target?: { text: string; met: boolean };
  note?: string;
}

const HEADERS = ["stage", "size", "metric", "value", "ceiling", "ratio", "target"];

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value).toLocaleString("en-US");
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

function cells(figure: Figure): string[] {
  const ratio = figure.ceiling && figure.ceiling.value !== 0 ? figure.value / figure.ceiling.value : null;
  return [
    figure.stage,
    figure.size,
    figure.metric,
    `${formatNumber(figure.value)} ${figure.unit}`,
    figure.ceiling ? `${figure.ceiling.label}: ${formatNumber(figure.ceiling.value)}` : "",
    ratio === null ? "" : ratio >= 10 ? `${ratio.toFixed(0)}x` : `${ratio.toFixed(2)}`,
    figure.target ? `${figure.target.met ? "met" : "MISSED"} (${figure.target.text})` : "",
  ];
}

export function formatTable(figures: readonly Figure[]): string {
  const rows = [HEADERS, ...figures.map(cells)];
  const widths = HEADERS.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column]!))));
  const line = (row: string[]) => row.map((cell, column) => pad(cell, widths[column]!)).join("  ").trimEnd();
  return [line(rows[0]!), widths.map((width) => "-".repeat(width)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

export function markdownTable(figures: readonly Figure[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  const rows = figures.map((figure) => `| ${[...cells(figure), figure.note ?? ""].map(escape).join(" | ")} |`);
  return [`| ${[...HEADERS, "note"].join(" | ")} |`, `|${[...HEADERS, "note"].map(() => "---").join("|")}|`, ...rows].join("\n");
}

/** Terminal columns: CJK characters are two wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(character) ? 2 : 1;
  return width;
}

function pad(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}
