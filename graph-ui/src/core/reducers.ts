/**
 * Reducers
 * ========
 *
 * How the graph is drawn right now, computed from state and never written
 * into the graph (sigma's nodeReducer/edgeReducer): filtered nodes hidden,
 * the hovered node's neighbourhood highlighted and the rest dimmed, the
 * selected node or edge emphasised, edge labels only where they help.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../../../src/server/api-types.ts";
import { filtersStore, isNodeVisible } from "./filters.ts";
import type { ExplorerGraph } from "./graph-state.ts";
import { tRel } from "./i18n.ts";
import { selectionStore } from "./selection.ts";

export const DIMMED_NODE = "#e4e4e4";
export const DIMMED_EDGE = "#efefef";
export const SELECTED_EDGE = "#222222";

export interface Reducers {
  nodeReducer(node: string, data: GraphNodeAttributes): Partial<NodeDisplayData>;
  edgeReducer(edge: string, data: GraphEdgeAttributes): Partial<EdgeDisplayData>;
}

export function createReducers(graph: ExplorerGraph): Reducers {
  // The hovered node's neighbours, computed once per hover rather than per node drawn.
  let neighboursOf: string | null = null;
  let neighbours = new Set<string>();
  const focusNeighbours = (focus: string | null): Set<string> => {
    if (focus !== neighboursOf) {
      neighboursOf = focus;
      neighbours = focus && graph.hasNode(focus) ? new Set(graph.neighbors(focus)) : new Set();
    }
    return neighbours;
  };

  // sigma hands the reducers a copy of the attributes, so they change it in place.
  return {
    nodeReducer(node, data) {
      const display = data as Partial<NodeDisplayData> & GraphNodeAttributes;
      if (!isNodeVisible(data, filtersStore.get())) {
        display.hidden = true;
        return display;
      }
      const { hovered, node: selected } = selectionStore.get();
      if (hovered) {
        const close = node === hovered || focusNeighbours(hovered).has(node);
        if (close) Object.assign(display, { highlighted: node === hovered, forceLabel: true, zIndex: 2 });
        else Object.assign(display, { color: DIMMED_NODE, label: "", zIndex: 0 });
      }
      if (node === selected) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 3 });
      return display;
    },
    edgeReducer(edge, data) {
      const display = data as Partial<EdgeDisplayData> & GraphEdgeAttributes;
      const filters = filtersStore.get();
      if (filters.hiddenKinds.length > 0 || filters.counties.length > 0) {
        const [source, target] = graph.extremities(edge);
        if (!isNodeVisible(graph.getNodeAttributes(source), filters) || !isNodeVisible(graph.getNodeAttributes(target), filters)) {
          display.hidden = true;
          return display;
        }
      }
      const { hovered, node: selectedNode, edge: selectedEdge } = selectionStore.get();
      if (edge === selectedEdge) return Object.assign(display, { label: tRel(data.relType), color: SELECTED_EDGE, size: (data.size ?? 1) + 2, forceLabel: true, zIndex: 3 });
      const focus = hovered ?? selectedNode;
      if (focus) {
        const [source, target] = graph.extremities(edge);
        const touches = source === focus || target === focus;
        if (touches) return Object.assign(display, { label: hovered ? tRel(data.relType) : "", forceLabel: hovered !== null, size: (data.size ?? 1) + 1, zIndex: 2 });
        if (hovered) return Object.assign(display, { color: DIMMED_EDGE, label: "", zIndex: 0 });
      }
      display.label = "";
      return display;
    },
  };
}
