/**
 * URL state
 * =========
 *
 * The address bar holds what a shared view needs: the search (`q`) or saved
 * query (`query` + `p.<name>`) or Cypher (`cypher`) behind the graph, the
 * selected node or edge, the filters, the tab and the language. `/?q=闻喜县`
 * opens the explorer with that search run and its result shown.
 */
import type { NodeKind } from "../../../src/server/api-types.ts";
import { cypherStore } from "./cypher.ts";
import { filtersStore } from "./filters.ts";
import { graphStore } from "./graph-state.ts";
import { languageStore, type Language } from "./i18n.ts";
import { queriesStore, type ParamValues } from "./queries.ts";
import { searchStore } from "./search.ts";
import { selectionStore } from "./selection.ts";
import { uiStore, type Tab } from "./ui-state.ts";

export interface UrlState {
  q?: string;
  query?: string;
  params: ParamValues;
  cypher?: string;
  node?: string;
  edge?: string;
  hide: NodeKind[];
  counties: string[];
  tab?: Tab;
  lang?: Language;
}

const TABS: Tab[] = ["companies", "queries", "cypher"];

export function readUrlState(search = window.location.search): UrlState {
  const params = new URLSearchParams(search);
  const list = (name: string) => (params.get(name) ?? "").split(",").map((item) => item.trim()).filter(Boolean);
  const queryParams: ParamValues = {};
  for (const [key, value] of params) if (key.startsWith("p.")) queryParams[key.slice(2)] = value;
  const tab = params.get("tab") as Tab | null;
  const lang = params.get("lang");
  const state: UrlState = { params: queryParams, hide: list("hide") as NodeKind[], counties: list("counties") };
  for (const key of ["q", "query", "cypher", "node", "edge"] as const) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  if (tab && TABS.includes(tab)) state.tab = tab;
  if (lang === "en" || lang === "zh") state.lang = lang;
  return state;
}

export function urlFor(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.query) {
    params.set("query", state.query);
    for (const [key, value] of Object.entries(state.params)) if (value !== null && value !== "") params.set(`p.${key}`, String(value));
  }
  if (state.cypher) params.set("cypher", state.cypher);
  if (state.node) params.set("node", state.node);
  if (state.edge) params.set("edge", state.edge);
  if (state.hide.length) params.set("hide", state.hide.join(","));
  if (state.counties.length) params.set("counties", state.counties.join(","));
  if (state.tab && state.tab !== "companies") params.set("tab", state.tab);
  if (state.lang === "en") params.set("lang", "en");
  const text = params.toString();
  return `${window.location.pathname}${text ? `?${text}` : ""}`;
}

/** The URL state of what is on screen now. */
export function currentUrlState(): UrlState {
  const { origin, title } = graphStore.get();
  const state: UrlState = {
    params: {},
    hide: filtersStore.get().hiddenKinds,
    counties: filtersStore.get().counties,
    tab: uiStore.get().tab,
    lang: languageStore.get().language,
  };
  if (origin === "search" && searchStore.get().results) state.q = searchStore.get().results!.query;
  if (origin === "query" && title) {
    state.query = title;
    state.params = queriesStore.get().results[title]?.params ?? {};
  }
  if (origin === "cypher" && cypherStore.get().text) state.cypher = cypherStore.get().text;
  const { node, edge } = selectionStore.get();
  if (node) state.node = node;
  if (edge) state.edge = edge;
  return state;
}

/** Keeps the address bar in step with the state (replaceState: no history spam). */
export function syncUrl(): void {
  const write = () => {
    const url = urlFor(currentUrlState());
    if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, "", url);
  };
  for (const store of [graphStore, filtersStore, selectionStore, uiStore, languageStore, searchStore, cypherStore]) {
    (store as { subscribe(listener: () => void): void }).subscribe(write);
  }
}
