/**
 * Selection
 * =========
 *
 * The node or edge the side panel shows, and the node under the pointer
 * (whose neighbourhood the reducers highlight).
 */
import { createStore } from "./store.ts";

export const selectionStore = createStore<{ node: string | null; edge: string | null; hovered: string | null }>({
  node: null,
  edge: null,
  hovered: null,
});

export function selectNode(node: string | null): void {
  selectionStore.set({ node, edge: null });
}

export function selectEdge(edge: string | null): void {
  selectionStore.set({ edge, node: null });
}

export function hoverNode(hovered: string | null): void {
  if (selectionStore.get().hovered !== hovered) selectionStore.set({ hovered });
}
