/**
 * Export: graph files in GEXF, GraphML, JSON and CSV (see ./registry.ts).
 */
export { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportFormat, exportGraph, safeBaseName } from "./registry.ts";
export type { ExportFile, ExportFormat, ExplorerGraph } from "./types.ts";
