/**
 * Export format registry
 * ======================
 *
 * Every export goes through here, from the CLI (`kg export`) and from the
 * API (`POST /api/export`): formats are looked up by name, never switched on.
 * PNG is not here: only the browser, which draws the graph, can make it.
 */
import { UsageError } from "../errors.ts";
import { CSV_FORMAT } from "./csv.ts";
import { GEXF_FORMAT } from "./gexf.ts";
import { GRAPHML_FORMAT } from "./graphml.ts";
import { JSON_FORMAT } from "./json.ts";
import type { ExportFile, ExportFormat, ExplorerGraph } from "./types.ts";

export const EXPORT_FORMATS: readonly ExportFormat[] = [GEXF_FORMAT, GRAPHML_FORMAT, JSON_FORMAT, CSV_FORMAT];
export const EXPORT_FORMAT_NAMES = EXPORT_FORMATS.map((format) => format.name);

export function exportFormat(name: string): ExportFormat {
  const format = EXPORT_FORMATS.find((candidate) => candidate.name === name);
  if (!format) throw new UsageError(`unknown export format "${name}"; use one of ${EXPORT_FORMAT_NAMES.join(", ")}`);
  return format;
}

export function exportGraph(graph: ExplorerGraph, formatName: string, baseName: string): ExportFile[] {
  return exportFormat(formatName).write(graph, { baseName: safeBaseName(baseName) });
}

/** A file name that works on every system: no path separators or reserved characters. */
export function safeBaseName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-").replace(/^[.\s-]+|[.\s-]+$/g, "");
  return cleaned.slice(0, 100) || "graph";
}
