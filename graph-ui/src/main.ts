/**
 * Explorer entry point
 * ====================
 *
 * Mounts the views on index.html, restores the state the URL holds (search,
 * saved query or Cypher; selection; filters; tab; language), then keeps the
 * URL in step. Without a URL state it opens on companies across counties.
 */
import { api } from "./core/api.ts";
import { watchSelection } from "./core/details.ts";
import { runCypher, cypherStore } from "./core/cypher.ts";
import { expandNode } from "./core/expand.ts";
import { filtersStore } from "./core/filters.ts";
import { graph } from "./core/graph-state.ts";
import { setLanguage } from "./core/i18n.ts";
import { COMPANIES_QUERY, loadQueryList, runSavedQuery } from "./core/queries.ts";
import { runSearch } from "./core/search.ts";
import { selectEdge, selectionStore, selectNode } from "./core/selection.ts";
import { statusStore } from "./core/status.ts";
import { uiStore } from "./core/ui-state.ts";
import { readUrlState, syncUrl, type UrlState } from "./core/url-state.ts";
import { mountCompaniesView } from "./views/companies-view.ts";
import { mountCypherConsole } from "./views/cypher-console.ts";
import { byId } from "./views/dom.ts";
import { mountFilters } from "./views/filters-view.ts";
import { mountGraphView } from "./views/graph-view.ts";
import { mountQueriesView } from "./views/queries-view.ts";
import { mountReportView } from "./views/report-view.ts";
import { mountSearchBox } from "./views/search-box.ts";
import { mountSidePanel } from "./views/side-panel.ts";
import { mountStatus } from "./views/status-view.ts";
import { mountTabs } from "./views/tabs-view.ts";
import { mountToolbar } from "./views/toolbar.ts";
import "./styles.css";

interface Metrics {
  /** ms from navigation start until the first frame with nodes. */
  firstGraphRenderMs: number | null;
  /** ms from navigation start until the state in the URL was restored. */
  restoredMs: number | null;
}

declare global {
  interface Window {
    __kgMetrics: Metrics;
    __kgExplorer: unknown;
  }
}

window.__kgMetrics = { firstGraphRenderMs: null, restoredMs: null };

async function boot(): Promise<void> {
  const url = readUrlState();
  setLanguage(url.lang ?? "zh");
  filtersStore.set({ hiddenKinds: url.hide, counties: url.counties });
  uiStore.set({ tab: url.tab ?? (url.cypher ? "cypher" : url.query && url.query !== COMPANIES_QUERY ? "queries" : "companies") });

  const view = mountGraphView(byId("graph"), () => {
    window.__kgMetrics.firstGraphRenderMs = Math.round(performance.now());
    document.body.dataset.graphRendered = "true";
  });
  const focusNode = (node: string) => view.focusNode(node);
  const search = mountSearchBox(byId("search"), focusNode);
  mountToolbar(byId("toolbar"), byId("language"), view);
  mountFilters(byId("legend"), byId("counties"));
  mountSidePanel(byId("side-panel"), focusNode);
  mountReportView(byId("report-view"));
  mountStatus(byId("progress"), byId("messages"), byId("neo4j-status"), byId("graph-empty"), byId("graph-hint"));
  const companies = mountCompaniesView(byId("panel-companies"), focusNode);
  const queries = mountQueriesView(byId("panel-queries"), focusNode);
  mountCypherConsole(byId("panel-cypher"), focusNode);
  mountTabs(byId("tabs"), { companies: byId("panel-companies"), queries: byId("panel-queries"), cypher: byId("panel-cypher") }, (tab) => {
    if (tab === "companies") companies.open();
  });
  watchSelection();

  window.__kgExplorer = {
    graph,
    renderer: view.renderer,
    /** Where a node is drawn, in CSS pixels of the graph container (for browser tests). */
    nodePosition(node: string) {
      const data = view.renderer.getNodeDisplayData(node);
      return data ? view.renderer.framedGraphToViewport(data) : null;
    },
  };

  void api
    .health()
    .then((health) => statusStore.set({ neo4j: health.neo4j.connected }))
    .catch(() => statusStore.set({ neo4j: false }));
  void loadQueryList();

  await restore(url, search.setQuery, companies.open, queries.prefill);
  companies.preload();
  window.__kgMetrics.restoredMs = Math.round(performance.now());
  document.body.dataset.ready = "true";
  syncUrl();
}

async function restore(
  url: UrlState,
  setQuery: (text: string) => void,
  openCompanies: () => void,
  prefill: (name: string, params: Record<string, string | number | boolean | null>) => void,
): Promise<void> {
  if (url.q) {
    setQuery(url.q);
    await runSearch(url.q, url.node ?? null);
  } else if (url.query) {
    if (url.query !== COMPANIES_QUERY) prefill(url.query, url.params);
    await runSavedQuery(url.query, url.params);
  } else if (url.cypher) {
    cypherStore.set({ text: url.cypher });
    await runCypher(url.cypher);
  } else {
    openCompanies();
  }
  if (url.node && selectionStore.get().node !== url.node) {
    if (!graph.hasNode(url.node)) await expandNode(url.node);
    if (graph.hasNode(url.node)) selectNode(url.node);
  }
  if (url.edge && graph.hasEdge(url.edge)) selectEdge(url.edge);
}

void boot();
