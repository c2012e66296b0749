/**
 * Saved queries
 * =============
 *
 * The saved queries of cypher/queries/ (listed by the API) and their last
 * results by name. Running one shows its graph; the companies-across-counties
 * query is the explorer's home view.
 */
import type { QueryResult, SavedQueryInfo } from "../../../src/server/api-types.ts";
import { api } from "./api.ts";
import { replaceGraph } from "./graph-state.ts";
import { resetLayout, startLayout } from "./layout.ts";
import { selectNode } from "./selection.ts";
import { reportError, track } from "./status.ts";
import { createStore } from "./store.ts";

export const COMPANIES_QUERY = "companies-across-counties";

export type ParamValues = Record<string, string | number | boolean | null>;

export const queriesStore = createStore<{
  list: SavedQueryInfo[];
  /** The query picked in the saved-queries tab. */
  selected: string | null;
  results: Record<string, { params: ParamValues; result: QueryResult }>;
  running: string | null;
}>({ list: [], selected: null, results: {}, running: null });

export async function loadQueryList(): Promise<void> {
  try {
    const list = await track(api.queries());
    queriesStore.set((state) => ({ list, selected: state.selected ?? list.find((q) => q.name !== COMPANIES_QUERY)?.name ?? null }));
  } catch (error) {
    reportError(error);
  }
}

/** Runs a saved query; its graph replaces the view unless `show` is false (rows only, e.g. a table in the background). */
export async function runSavedQuery(name: string, params: ParamValues = {}, show = true): Promise<QueryResult | null> {
  queriesStore.set({ running: name });
  try {
    const result = await track(api.runQuery(name, params));
    queriesStore.set((state) => ({ results: { ...state.results, [name]: { params, result } } }));
    if (show) showQueryGraph(result);
    return result;
  } catch (error) {
    reportError(error);
    return null;
  } finally {
    queriesStore.set({ running: null });
  }
}

/** Draws a query's graph (when it has one) in place of the current view. */
export function showQueryGraph(result: QueryResult): void {
  if (result.graph.nodes.length === 0) return;
  resetLayout();
  selectNode(null);
  replaceGraph(result.graph, "query", result.name ?? "");
  startLayout();
}
