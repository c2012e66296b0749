/**
 * Graph view
 * ==========
 *
 * The sigma renderer over the explorer's graph: colours and sizes from the
 * graph (core/appearance), highlighting and filters through the reducers,
 * click to select, double-click to expand, hover to highlight the
 * neighbourhood, drag to move a node. Redraws when core state changes.
 */
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import type { GraphAttributes, GraphEdgeAttributes, GraphNodeAttributes } from "../../../src/server/api-types.ts";
import { expandNode } from "../core/expand.ts";
import { filtersStore } from "../core/filters.ts";
import { graph, graphStore, observeBulkChanges, type ExplorerGraph } from "../core/graph-state.ts";
import { languageStore } from "../core/i18n.ts";
import { createReducers } from "../core/reducers.ts";
import { hoverNode, selectEdge, selectionStore, selectNode } from "../core/selection.ts";
import { drawHaloLabel, LABEL_FONT } from "./label-drawing.ts";

/** Up to this many nodes, every label is drawn. */
const SMALL_GRAPH = 80;

export type ExplorerRenderer = Sigma<GraphNodeAttributes, GraphEdgeAttributes, GraphAttributes>;

export interface GraphView {
  renderer: ExplorerRenderer;
  focusNode(node: string): void;
  fit(): void;
}

export function mountGraphView(container: HTMLElement, onFirstRender: () => void): GraphView {
  const reducers = createReducers(graph);
  const renderer: ExplorerRenderer = new Sigma(graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: "arrow",
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: "500",
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#555555" },
    defaultDrawNodeLabel: drawHaloLabel,
    zIndex: true,
    minCameraRatio: 0.03,
    maxCameraRatio: 20,
    stagePadding: 40,
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
  });

  let dragged: string | null = null;
  let dragMoved = false;

  renderer.on("clickNode", ({ node }) => {
    if (!dragMoved) selectNode(node);
  });
  renderer.on("doubleClickNode", (event) => {
    event.preventSigmaDefault();
    selectNode(event.node);
    void expandNode(event.node);
  });
  renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
  renderer.on("clickStage", () => selectNode(null));
  renderer.on("enterNode", ({ node }) => {
    container.style.cursor = "pointer";
    hoverNode(node);
  });
  renderer.on("leaveNode", () => {
    container.style.cursor = "";
    hoverNode(null);
  });
  renderer.on("enterEdge", () => (container.style.cursor = "pointer"));
  renderer.on("leaveEdge", () => (container.style.cursor = ""));

  renderer.on("downNode", ({ node }) => {
    dragged = node;
    dragMoved = false;
  });
  const captor = renderer.getMouseCaptor();
  captor.on("mousemovebody", (event) => {
    if (!dragged) return;
    dragMoved = true;
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  captor.on("mouseup", () => {
    dragged = null;
    window.setTimeout(() => (dragMoved = false), 0);
  });

  let firstRender = false;
  renderer.on("afterRender", () => {
    if (!firstRender && graph.order > 0) {
      firstRender = true;
      onFirstRender();
    }
  });

  // While the graph is replaced, sigma watches an empty stand-in rather than
  // handling one event per node and edge; back on the graph, it indexes and
  // draws everything once (the camera reset and label settings come first).
  const standIn: ExplorerGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  let drawnOnAttach = false;
  observeBulkChanges({
    detach: () => renderer.setGraph(standIn),
    attach: () => {
      resetCamera();
      fitLabels();
      renderer.setGraph(graph);
      drawnOnAttach = true;
    },
  });

  const light = () => renderer.refresh({ skipIndexation: true });
  // Redraw only on a real change: a full refresh of a 50,000-node graph takes seconds.
  selectionStore.subscribe((state, previous) => {
    if (state.node !== previous.node || state.edge !== previous.edge || state.hovered !== previous.hovered) light();
  });
  filtersStore.subscribe(() => renderer.refresh());
  languageStore.subscribe(light);
  const fitLabels = () => {
    // Small graphs show every label; big ones let sigma thin them out by size and density.
    // (Each setSetting re-indexes the whole graph: only when a value changes.)
    const small = graph.order <= SMALL_GRAPH;
    if (renderer.getSetting("labelRenderedSizeThreshold") !== (small ? 0 : 7)) renderer.setSetting("labelRenderedSizeThreshold", small ? 0 : 7);
    if (renderer.getSetting("labelDensity") !== (small ? 10 : 0.6)) renderer.setSetting("labelDensity", small ? 10 : 0.6);
  };
  function resetCamera(): void {
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }
  graphStore.subscribe((state, previous) => {
    if (drawnOnAttach) {
      drawnOnAttach = false;
      return;
    }
    if (state.generation !== previous.generation) resetCamera();
    if (state.structureVersion !== previous.structureVersion) fitLabels();
    renderer.refresh();
  });

  return {
    renderer,
    focusNode(node) {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return;
      // Pan to the node; zoom in only on big graphs, where it would otherwise be lost.
      const camera = renderer.getCamera();
      const ratio = graph.order > SMALL_GRAPH ? Math.min(camera.ratio, 0.5) : Math.min(camera.ratio, 1);
      void camera.animate({ x: data.x, y: data.y, ratio }, { duration: 400 });
    },
    fit() {
      void renderer.getCamera().animatedReset({ duration: 300 });
    },
  };
}
