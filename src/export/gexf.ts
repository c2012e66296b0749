/**
 * GEXF export
 * ===========
 *
 * GEXF 1.3, the format Gephi opens natively: data attributes flattened
 * (./flatten.ts), position, size and colour as `viz:` elements so Gephi shows
 * the layout of the explorer, the relationship type as the edge `kind`
 * (Gephi's edge type) and the evidence count as the edge weight.
 */
import { write } from "graphology-gexf";
import { flattenEdge, flattenNode } from "./flatten.ts";
import type { ExportFormat } from "./types.ts";

export const GEXF_FORMAT: ExportFormat = {
  name: "gexf",
  label: "GEXF (Gephi)",
  extension: "gexf",
  mime: "application/gexf+xml",
  write(graph, { baseName }) {
    const content = write(graph, {
      version: "1.3",
      formatNode: (_key, attributes) => ({
        label: attributes.label,
        attributes: flattenNode(attributes),
        viz: vizOf(attributes),
      }),
      formatEdge: (_key, attributes) => ({
        label: attributes.label,
        kind: attributes.relType,
        weight: Math.max(1, attributes.evidenceCount ?? 1),
        attributes: flattenEdge(attributes),
        viz: attributes.color ? { color: attributes.color } : {},
      }),
    });
    return [{ name: `${baseName}.gexf`, mime: this.mime, content }];
  },
};

function vizOf(attributes: { x?: number; y?: number; size?: number; color?: string }) {
  const viz: { x?: number; y?: number; size?: number; color?: string } = {};
  if (Number.isFinite(attributes.x)) viz.x = attributes.x;
  if (Number.isFinite(attributes.y)) viz.y = attributes.y;
  if (Number.isFinite(attributes.size)) viz.size = attributes.size;
  if (attributes.color) viz.color = attributes.color;
  return viz;
}
