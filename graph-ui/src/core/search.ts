/**
 * Search
 * ======
 *
 * Suggestions while typing (debounced, earlier requests aborted) and the
 * search itself, whose result replaces the graph: every hit, with the
 * neighbourhood of the best one, which gets selected.
 */
import type { SearchHit } from "../../../src/server/api-types.ts";
import { api } from "./api.ts";
import { replaceGraph } from "./graph-state.ts";
import { resetLayout, startLayout } from "./layout.ts";
import { selectNode } from "./selection.ts";
import { reportError, track } from "./status.ts";
import { createStore } from "./store.ts";
import { uiStore } from "./ui-state.ts";

export const searchStore = createStore<{
  query: string;
  suggestions: SearchHit[];
  /** The last search run: its hits and the scripts searched. */
  results: { query: string; hits: SearchHit[]; variants: string[] } | null;
  loading: boolean;
}>({ query: "", suggestions: [], results: null, loading: false });

const SUGGEST_DELAY_MS = 150;
let suggestTimer: number | undefined;
let suggestAbort: AbortController | null = null;

export function suggest(query: string): void {
  searchStore.set({ query });
  window.clearTimeout(suggestTimer);
  suggestAbort?.abort();
  if (query.trim() === "") {
    searchStore.set({ suggestions: [] });
    return;
  }
  suggestTimer = window.setTimeout(async () => {
    suggestAbort = new AbortController();
    try {
      const response = await api.search(query, 8, suggestAbort.signal);
      if (searchStore.get().query === query) searchStore.set({ suggestions: response.hits });
    } catch (error) {
      if ((error as Error).name !== "AbortError") searchStore.set({ suggestions: [] });
    }
  }, SUGGEST_DELAY_MS);
}

export function clearSuggestions(): void {
  window.clearTimeout(suggestTimer);
  suggestAbort?.abort();
  searchStore.set({ suggestions: [] });
}

export async function runSearch(query: string, focusId: string | null = null): Promise<void> {
  const text = query.trim();
  if (!text) return;
  clearSuggestions();
  searchStore.set({ query: text, loading: true });
  try {
    const response = await track(api.searchGraph(text, uiStore.get().expandLimit));
    searchStore.set({ results: { query: text, hits: response.search.hits, variants: response.search.variants } });
    resetLayout();
    replaceGraph(response.graph, "search", text);
    const focus = focusId ?? response.focus;
    selectNode(focus);
    if (response.graph.nodes.length > 1) startLayout();
  } catch (error) {
    reportError(error);
  } finally {
    searchStore.set({ loading: false });
  }
}
