/**
 * Companies across counties
 * =========================
 *
 * The explorer's home view: companies named in the reports of several
 * counties, as a sortable table (company, counties, evidence) that drives
 * the graph. The graph links each company to its counties; a row click
 * selects the company, an edge click shows why (the sentences).
 */
import { graph, graphStore } from "../core/graph-state.ts";
import { languageStore, t } from "../core/i18n.ts";
import { COMPANIES_QUERY, queriesStore, runSavedQuery, showQueryGraph } from "../core/queries.ts";
import { selectNode } from "../core/selection.ts";
import { h, replaceChildren } from "./dom.ts";
import { tableView } from "./table-view.ts";

export function mountCompaniesView(root: HTMLElement, focusNode: (node: string) => void): { open(): void; preload(): void } {
  const minInput = h("input", { type: "number", min: "1", max: "50", value: "2", id: "companies-min", class: "small-number" });
  const render = () => {
    const cached = queriesStore.get().results[COMPANIES_QUERY];
    const running = queriesStore.get().running === COMPANIES_QUERY;
    const rows = cached?.result.rows ?? [];
    replaceChildren(
      root,
      h("h2", {}, t("companies.title")),
      h("p", { class: "muted small" }, t("companies.help")),
      h(
        "form",
        {
          class: "inline-form",
          onsubmit: (event: Event) => {
            event.preventDefault();
            void run();
          },
        },
        h("label", {}, `${t("companies.counties")} ≥ `, minInput),
        h("button", { type: "submit", disabled: running }, t("queries.run")),
      ),
      running && !cached ? h("p", { class: "loading" }, t("status.loading")) : null,
      cached && rows.length === 0 ? h("p", { class: "empty" }, t("companies.empty")) : null,
      rows.length
        ? tableView({
            testId: "companies-table",
            rows,
            initialSort: { key: "counties", descending: true },
            columns: [
              { key: "company", label: t("companies.company") },
              { key: "counties", label: t("companies.counties"), numeric: true },
              { key: "countyNames", label: t("companies.countyNames") },
              { key: "evidence", label: t("companies.evidence"), numeric: true },
            ],
            onRowClick: (row) => showCompany(String(row.companyId ?? "")),
          })
        : null,
    );
  };

  const run = async () => {
    await runSavedQuery(COMPANIES_QUERY, { minCounties: Number(minInput.value) || 2 });
  };

  const showCompany = (id: string) => {
    const cached = queriesStore.get().results[COMPANIES_QUERY];
    if (cached && !(graphStore.get().origin === "query" && graphStore.get().title === COMPANIES_QUERY)) showQueryGraph(cached.result);
    if (!graph.hasNode(id)) return;
    selectNode(id);
    window.setTimeout(() => focusNode(id), 50);
  };

  queriesStore.subscribe((state, previous) => {
    if (state.results[COMPANIES_QUERY] !== previous.results[COMPANIES_QUERY] || state.running !== previous.running) render();
  });
  languageStore.subscribe(render);
  render();
  return {
    /** Fills the table without touching the graph (the URL opened something else). */
    preload() {
      if (!queriesStore.get().results[COMPANIES_QUERY]) void runSavedQuery(COMPANIES_QUERY, { minCounties: 2 }, false);
    },
    open() {
      const cached = queriesStore.get().results[COMPANIES_QUERY];
      if (!cached) void run();
      else if (!(graphStore.get().origin === "query" && graphStore.get().title === COMPANIES_QUERY)) showQueryGraph(cached.result);
    },
  };
}
