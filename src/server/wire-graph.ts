/**
 * Wire graph -> graphology
 * ========================
 *
 * Reads a graph in graphology's serialisation (from the UI or a query) into
 * a MultiDirectedGraph for exporting, filling the attributes the export
 * formats expect: those a compact edge leaves out (./wire-edges.ts), and
 * those a hand-made or partial graph lacks.
 */
import { MultiDirectedGraph } from "graphology";
import type { ExplorerGraph } from "../export/types.ts";
import type { GraphNodeAttributes } from "./api-types.ts";
import { BadRequestError } from "./errors.ts";
import { fullEdgeAttributes, wireEdgeKey } from "./wire-edges.ts";

interface LooseGraph {
  attributes?: object;
  nodes: ReadonlyArray<{ key: string; attributes?: object }>;
  edges: ReadonlyArray<{ key?: string; source: string; target: string; attributes?: object }>;
}

export function wireToGraph(wire: LooseGraph): ExplorerGraph {
  const graph: ExplorerGraph = new MultiDirectedGraph();
  if (wire.attributes) graph.replaceAttributes(wire.attributes as Record<string, unknown>);
  for (const node of wire.nodes) graph.mergeNode(node.key, nodeDefaults(node.key, (node.attributes ?? {}) as Record<string, unknown>));
  for (const edge of wire.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      throw new BadRequestError(`edge ${edge.key ?? `${edge.source}->${edge.target}`} names a node the graph does not have`);
    }
    const attributes = fullEdgeAttributes(edge.attributes);
    const key = wireEdgeKey(edge);
    if (!graph.hasEdge(key)) graph.addEdgeWithKey(key, edge.source, edge.target, attributes);
    // Hand-made edges without keys may repeat a type between two nodes: each is kept.
    else if (edge.key === undefined) graph.addEdge(edge.source, edge.target, attributes);
  }
  return graph;
}

function nodeDefaults(key: string, attributes: Record<string, unknown>): GraphNodeAttributes {
  return {
    aliases: [],
    counties: [],
    degree: 0,
    props: {},
    kind: "Other",
    ...attributes,
    label: typeof attributes.label === "string" ? attributes.label : key,
  } as GraphNodeAttributes;
}
