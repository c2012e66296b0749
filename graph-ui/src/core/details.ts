/**
 * Details
 * =======
 *
 * What the side panel shows for the selection: a node's properties, aliases,
 * reports and facts with evidence, or an edge's evidence sentences. Loaded
 * when the selection changes; a late answer for an old selection is dropped.
 */
import type { EdgeEvidenceResponse, EntityDetailsResponse } from "../../../src/server/api-types.ts";
import { api } from "./api.ts";
import { graph } from "./graph-state.ts";
import { selectionStore } from "./selection.ts";
import { reportError, track } from "./status.ts";
import { createStore } from "./store.ts";

export const detailsStore = createStore<{
  node: EntityDetailsResponse | null;
  edge: (EdgeEvidenceResponse & { key: string }) | null;
  loading: boolean;
}>({ node: null, edge: null, loading: false });

let request = 0;

export function watchSelection(): void {
  selectionStore.subscribe((state, previous) => {
    if (state.node !== previous.node || state.edge !== previous.edge) void load(state.node, state.edge);
  });
}

async function load(node: string | null, edge: string | null): Promise<void> {
  const mine = ++request;
  if (!node && !edge) {
    detailsStore.set({ node: null, edge: null, loading: false });
    return;
  }
  detailsStore.set({ loading: true });
  try {
    if (node) {
      const details = await track(api.node(node));
      if (mine === request) detailsStore.set({ node: details, edge: null });
    } else if (edge && graph.hasEdge(edge)) {
      const [source, target] = graph.extremities(edge);
      const evidence = await track(api.edgeEvidence(source, target, graph.getEdgeAttribute(edge, "relType")));
      if (mine === request) detailsStore.set({ edge: { ...evidence, key: edge }, node: null });
    }
  } catch (error) {
    if (mine === request) {
      detailsStore.set({ node: null, edge: null });
      reportError(error);
    }
  } finally {
    if (mine === request) detailsStore.set({ loading: false });
  }
}
