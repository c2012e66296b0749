/**
 * Bare sigma (benchmark baseline)
 * ===============================
 *
 * The least an explorer can do with a graph: fetch it (graphology JSON, the
 * API's wire format, from `?graph=URL`), put the nodes on a circle, and let
 * sigma draw it with its default settings. `window.__benchFirstFrameMs` is
 * the time from navigation start to the first frame with nodes: the
 * explorer's time to first frame is compared to it.
 */
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";

declare global {
  interface Window {
    __benchFirstFrameMs: number | null;
    __benchNodes: number;
  }
}

window.__benchFirstFrameMs = null;
window.__benchNodes = 0;

async function main(): Promise<void> {
  const url = new URLSearchParams(location.search).get("graph");
  if (!url) throw new Error("?graph= is required");
  const wire = (await (await fetch(url)).json()) as Parameters<MultiDirectedGraph["import"]>[0];
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.import(wire);
  // The API's `type` attributes name relation kinds, not sigma programs.
  graph.forEachEdge((edge) => graph.removeEdgeAttribute(edge, "type"));
  graph.forEachNode((node) => graph.removeNodeAttribute(node, "type"));
  const order = graph.order;
  let index = 0;
  graph.forEachNode((node) => {
    const angle = (2 * Math.PI * index++) / Math.max(order, 1);
    graph.mergeNodeAttributes(node, { x: Math.cos(angle), y: Math.sin(angle), size: 3, label: String(graph.getNodeAttribute(node, "label") ?? node) });
  });
  window.__benchNodes = order;
  const renderer = new Sigma(graph, document.getElementById("graph")!);
  renderer.on("afterRender", () => {
    if (window.__benchFirstFrameMs === null && graph.order > 0) window.__benchFirstFrameMs = performance.now();
  });
  renderer.refresh();
}

void main();
