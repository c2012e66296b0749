/**
 * JSON export
 * ===========
 *
 * graphology's own serialisation (`graph.export()`): lossless, with the
 * structured evidence of every edge; `Graph.from(JSON.parse(text))` reads it back.
 */
import type { ExportFormat } from "./types.ts";

export const JSON_FORMAT: ExportFormat = {
  name: "json",
  label: "JSON (graphology)",
  extension: "json",
  mime: "application/json",
  write(graph, { baseName }) {
    return [{ name: `${baseName}.json`, mime: this.mime, content: `${JSON.stringify(graph.export(), null, 2)}\n` }];
  },
};
