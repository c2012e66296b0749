/**
 * Edges on the wire
 * =================
 *
 * Graphs travel in graphology's serialisation, and an edge carries only what
 * is not a default: no key when it is `relType|source|target`, no label when
 * it is the relType, no empty reports, evidence or props, no zero
 * evidenceCount. Half of the 6.8 MB of the companies-across-counties view at
 * 10,000 reports (24,000 edges) was such defaults. Whatever reads a wire graph
 * (the explorer's graph state, the export path) restores them with
 * wireEdgeKey and fullEdgeAttributes. No Node imports: the explorer UI
 * bundles this module too.
 */
import type { GraphEdgeAttributes, WireEdge, WireEdgeAttributes } from "./api-types.ts";

/** The type a hand-made edge without one gets. */
const UNTYPED_EDGE = "RELATED";

export function edgeKeyOf(type: string, source: string, target: string): string {
  return `${type}|${source}|${target}`;
}

/** An edge as it travels: its key derivable, its attributes those that differ from the defaults. */
export function wireEdge(source: string, target: string, attributes: GraphEdgeAttributes): WireEdge {
  const { relType, label, reports, evidence, evidenceCount, props, ...rest } = attributes;
  const compact: WireEdgeAttributes = { relType, ...rest };
  if (label !== relType) compact.label = label;
  if (reports.length > 0) compact.reports = reports;
  if (evidence.length > 0) compact.evidence = evidence;
  if (evidenceCount !== 0) compact.evidenceCount = evidenceCount;
  if (Object.keys(props).length > 0) compact.props = props;
  return { source, target, attributes: compact };
}

/** The key of a wire edge: its own, or the one its type and ends give. */
export function wireEdgeKey(edge: { key?: string; source: string; target: string; attributes?: object }): string {
  return edge.key ?? edgeKeyOf(relTypeOf(edge.attributes ?? {}), edge.source, edge.target);
}

/** A wire edge's attributes with the defaults back (also for hand-made, partial ones). */
export function fullEdgeAttributes(attributes: object = {}): GraphEdgeAttributes {
  const relType = relTypeOf(attributes);
  return { label: relType, reports: [], evidence: [], evidenceCount: 0, props: {}, ...attributes, relType } as GraphEdgeAttributes;
}

function relTypeOf(attributes: object): string {
  const relType = (attributes as { relType?: unknown }).relType;
  return typeof relType === "string" ? relType : UNTYPED_EDGE;
}
