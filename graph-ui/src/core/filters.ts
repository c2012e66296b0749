/**
 * Filters
 * =======
 *
 * Which nodes the view shows: kinds can be hidden (legend toggles), and the
 * view can be narrowed to some counties (a node stays if it belongs to one
 * of them: a county itself, or something its reports name). Filtering is
 * done by the reducers; the graph keeps every node.
 */
import type { GraphNodeAttributes, NodeKind } from "../../../src/server/api-types.ts";
import type { ExplorerGraph } from "./graph-state.ts";
import { createStore } from "./store.ts";

export const filtersStore = createStore<{ hiddenKinds: NodeKind[]; counties: string[] }>({ hiddenKinds: [], counties: [] });

export function isNodeVisible(attributes: GraphNodeAttributes, filters = filtersStore.get()): boolean {
  if (filters.hiddenKinds.includes(attributes.kind)) return false;
  if (filters.counties.length === 0) return true;
  return (attributes.counties ?? []).some((county) => filters.counties.includes(county));
}

export function toggleKind(kind: NodeKind): void {
  filtersStore.set((state) => ({
    hiddenKinds: state.hiddenKinds.includes(kind) ? state.hiddenKinds.filter((k) => k !== kind) : [...state.hiddenKinds, kind],
  }));
}

export function toggleCounty(county: string): void {
  filtersStore.set((state) => ({
    counties: state.counties.includes(county) ? state.counties.filter((c) => c !== county) : [...state.counties, county],
  }));
}

export function clearCounties(): void {
  filtersStore.set({ counties: [] });
}

/** Counties of the nodes shown, with how many nodes belong to each, most first. */
export function countyOptions(graph: ExplorerGraph): Array<{ county: string; count: number }> {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, attributes) => {
    for (const county of attributes.counties ?? []) counts.set(county, (counts.get(county) ?? 0) + 1);
  });
  for (const county of filtersStore.get().counties) if (!counts.has(county)) counts.set(county, 0);
  return [...counts].map(([county, count]) => ({ county, count })).sort((a, b) => b.count - a.count || a.county.localeCompare(b.county));
}
