/**
 * Export types
 * ============
 *
 * An export format turns an explorer graph (graphology, with the attributes
 * of src/server/api-types.ts) into one or more text files. Formats are
 * declared as data in ./registry.ts and dispatched by name.
 */
import type { AbstractGraph } from "graphology-types";
import type { GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes } from "../server/api-types.ts";

export type ExplorerGraph = AbstractGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>;

export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}

export interface ExportOptions {
  /** File name without extension, e.g. "companies-across-counties". */
  baseName: string;
}

export interface ExportFormat {
  name: string;
  /** What the menu shows. */
  label: string;
  extension: string;
  mime: string;
  write(graph: ExplorerGraph, options: ExportOptions): ExportFile[];
}
