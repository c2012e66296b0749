/**
 * Graph state
 * ===========
 *
 * The one graphology graph the explorer shows, and the actions that change
 * it: replace it with a search or query result, merge an expansion into it
 * (new nodes placed around the node they came from), remove a node, clear.
 * Each action re-applies the appearance and bumps `version` so views redraw.
 * Edges arrive compact (src/server/wire-edges.ts) and get their defaults back.
 * A replacement is built with the mirrors of the graph (the renderer)
 * detached, so they catch up once instead of once per node and edge.
 */
import { MultiDirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import type { GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes, WireGraph } from "../../../src/server/api-types.ts";
import { fullEdgeAttributes, wireEdgeKey } from "../../../src/server/wire-edges.ts";
import { applyAppearance } from "./appearance.ts";
import { createStore } from "./store.ts";

export type ExplorerGraph = AbstractGraph<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>;

export const graph: ExplorerGraph = new MultiDirectedGraph({ allowSelfLoops: true });

export type GraphOrigin = "empty" | "search" | "query" | "cypher" | "expand";

export const graphStore = createStore<{
  /** Bumped on every change, including positions. */
  version: number;
  /** Bumped when nodes or edges are added or removed. */
  structureVersion: number;
  /** Bumped when the whole graph is replaced or cleared (the camera resets). */
  generation: number;
  title: string;
  origin: GraphOrigin;
}>({ version: 0, structureVersion: 0, generation: 0, title: "", origin: "empty" });

/**
 * Something that mirrors the graph through its events (sigma): detached
 * while the graph is rebuilt in bulk, attached again before `graphStore`
 * tells the views, which then redraw everything once.
 */
export interface BulkObserver {
  detach(): void;
  attach(): void;
}

const bulkObservers = new Set<BulkObserver>();

export function observeBulkChanges(observer: BulkObserver): () => void {
  bulkObservers.add(observer);
  return () => bulkObservers.delete(observer);
}

export function replaceGraph(wire: WireGraph, origin: GraphOrigin, title = wire.attributes?.title ?? ""): void {
  graph.clear();
  for (const observer of bulkObservers) observer.detach();
  try {
    mergeInto(wire, null);
    placeOnCircle(graph.nodes());
    applyAppearance(graph);
  } finally {
    for (const observer of bulkObservers) observer.attach();
  }
  graphStore.set((state) => ({
    version: state.version + 1,
    structureVersion: state.structureVersion + 1,
    generation: state.generation + 1,
    title,
    origin,
  }));
}

/** Adds a graph to the one shown; returns the keys of the nodes that were new. */
export function mergeGraph(wire: WireGraph, around: string | null): string[] {
  const added = mergeInto(wire, around);
  applyAppearance(graph);
  graphStore.set((state) => ({ version: state.version + 1, structureVersion: state.structureVersion + 1 }));
  return added;
}

export function removeNode(node: string): void {
  if (!graph.hasNode(node)) return;
  graph.dropNode(node);
  applyAppearance(graph);
  graphStore.set((state) => ({ version: state.version + 1, structureVersion: state.structureVersion + 1 }));
}

export function clearGraph(): void {
  graph.clear();
  graphStore.set((state) => ({
    version: state.version + 1,
    structureVersion: state.structureVersion + 1,
    generation: state.generation + 1,
    title: "",
    origin: "empty",
  }));
}

/** Positions changed (layout) without a change of structure. */
export function touchGraph(): void {
  graphStore.set((state) => ({ version: state.version + 1 }));
}

function mergeInto(wire: WireGraph, around: string | null): string[] {
  const added: string[] = [];
  const centre = around && graph.hasNode(around) ? graph.getNodeAttributes(around) : null;
  for (const node of wire.nodes) {
    if (graph.hasNode(node.key)) {
      const { x: _x, y: _y, ...rest } = node.attributes ?? ({} as GraphNodeAttributes);
      graph.mergeNodeAttributes(node.key, rest);
      continue;
    }
    const angle = Math.random() * Math.PI * 2;
    const radius = 20 + Math.random() * 30;
    graph.addNode(node.key, {
      ...(node.attributes as GraphNodeAttributes),
      x: (centre?.x ?? 0) + Math.cos(angle) * radius,
      y: (centre?.y ?? 0) + Math.sin(angle) * radius,
    });
    added.push(node.key);
  }
  for (const edge of wire.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const key = wireEdgeKey(edge);
    if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, edge.attributes ?? {});
    else graph.addEdgeWithKey(key, edge.source, edge.target, fullEdgeAttributes(edge.attributes));
  }
  return added;
}

/** Start positions for a new graph: kinds grouped around a circle, ForceAtlas2 takes it from there. */
function placeOnCircle(nodes: string[]): void {
  const byKind = new Map<string, string[]>();
  for (const node of nodes) {
    const kind = graph.getNodeAttribute(node, "kind");
    const group = byKind.get(kind);
    if (group) group.push(node);
    else byKind.set(kind, [node]);
  }
  const ordered = [...byKind.keys()].sort((a, b) => a.localeCompare(b)).flatMap((kind) => byKind.get(kind)!);
  const radius = 10 * Math.sqrt(ordered.length + 1) * 10;
  ordered.forEach((node, index) => {
    const angle = (index / Math.max(1, ordered.length)) * Math.PI * 2;
    graph.mergeNodeAttributes(node, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
  });
}

/** The shown part of the graph (filters applied) in graphology serialisation, for export. */
export function exportVisible(isVisible: (node: string) => boolean): WireGraph {
  const full = graph.export();
  const keep = new Set(full.nodes.filter((node) => isVisible(node.key)).map((node) => node.key));
  return {
    attributes: full.attributes,
    options: full.options,
    nodes: full.nodes.filter((node) => keep.has(node.key)),
    edges: full.edges.filter((edge) => keep.has(edge.source) && keep.has(edge.target)),
  } as WireGraph;
}
