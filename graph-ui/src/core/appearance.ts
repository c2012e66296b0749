/**
 * Appearance
 * ==========
 *
 * Colour by node kind (one palette, the legend reads it), size by degree
 * (square root, scaled to the graph shown so hubs stand out without hiding
 * the rest), edge colour by relationship type. These are attributes of the
 * graph; highlighting on top of them is done by the reducers.
 */
import type { EdgeType, NodeKind } from "../../../src/server/api-types.ts";
import type { ExplorerGraph } from "./graph-state.ts";

export const KIND_COLORS: Record<NodeKind, string> = {
  County: "#d9534f",
  Company: "#2f7ed8",
  Project: "#3ea05a",
  Slogan: "#e0a526",
  Person: "#9b59b6",
  Report: "#8c8c8c",
  Other: "#b0a89f",
};

export const EDGE_COLORS: Record<EdgeType, string> = {
  HAS_PROJECT: "#a7d3b3",
  INVOLVES: "#9dc0ea",
  LOCATED_IN: "#e9aaa8",
  PROMOTES: "#efd08d",
  HOLDS_OFFICE: "#cdb0da",
  MENTIONS: "#d6d6d6",
  APPEARS_IN: "#88a9d6",
};

export const KIND_ORDER: NodeKind[] = ["County", "Company", "Project", "Slogan", "Person", "Report", "Other"];

export const MIN_NODE_SIZE = 5;
export const MAX_NODE_SIZE = 22;

/** The degree a node is sized by: what the database knows, or what the view shows if more. */
export function degreeOf(graph: ExplorerGraph, node: string): number {
  return Math.max(graph.getNodeAttribute(node, "degree") ?? 0, graph.degree(node));
}

export function applyAppearance(graph: ExplorerGraph): void {
  let maxDegree = 1;
  graph.forEachNode((node) => (maxDegree = Math.max(maxDegree, degreeOf(graph, node))));
  const scale = Math.sqrt(maxDegree);
  graph.forEachNode((node, attributes) => {
    const ratio = Math.sqrt(degreeOf(graph, node)) / scale;
    graph.mergeNodeAttributes(node, {
      size: MIN_NODE_SIZE + ratio * (MAX_NODE_SIZE - MIN_NODE_SIZE),
      color: KIND_COLORS[attributes.kind] ?? KIND_COLORS.Other,
    });
  });
  graph.forEachEdge((edge, attributes) => {
    const evidence = attributes.evidenceCount ?? 0;
    graph.mergeEdgeAttributes(edge, {
      color: EDGE_COLORS[attributes.relType] ?? "#cccccc",
      size: 1 + Math.min(4, Math.log2(1 + evidence)),
    });
  });
}

/** Kinds present in the graph with their node counts, in legend order. */
export function legendEntries(graph: ExplorerGraph): Array<{ kind: NodeKind; color: string; count: number }> {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_node, attributes) => counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1));
  return KIND_ORDER.filter((kind) => counts.has(kind)).map((kind) => ({ kind, color: KIND_COLORS[kind], count: counts.get(kind)! }));
}
