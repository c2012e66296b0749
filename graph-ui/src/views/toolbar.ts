/**
 * Toolbar
 * =======
 *
 * Over the graph: layout start/stop, fit, clear, how expansions behave,
 * export of the current view (GEXF, GraphML, JSON, CSV, PNG), the graph's
 * size and the language switch.
 */
import { EXPORT_FORMATS, exportView } from "../core/export.ts";
import { clearGraph, graph, graphStore } from "../core/graph-state.ts";
import { languageStore, setLanguage, t } from "../core/i18n.ts";
import { layoutStore, resetLayout, startLayout, stopLayout } from "../core/layout.ts";
import { selectNode } from "../core/selection.ts";
import { uiStore } from "../core/ui-state.ts";
import { h, replaceChildren } from "./dom.ts";
import type { GraphView } from "./graph-view.ts";

export function mountToolbar(root: HTMLElement, languageRoot: HTMLElement, view: GraphView): void {
  const layoutButton = h("button", {
    type: "button",
    id: "layout-toggle",
    onclick: () => (layoutStore.get().running ? stopLayout() : startLayout(null)),
  });
  const fit = h("button", { type: "button", id: "fit-button", onclick: () => view.fit() });
  const clear = h("button", {
    type: "button",
    id: "clear-button",
    onclick: () => {
      resetLayout();
      selectNode(null);
      clearGraph();
    },
  });
  const reports = h("input", {
    type: "checkbox",
    id: "include-reports",
    onchange: (event: Event) => uiStore.set({ includeReports: (event.target as HTMLInputElement).checked }),
  });
  const reportsLabel = h("span");
  const limit = h("input", {
    type: "number",
    id: "expand-limit",
    min: "1",
    max: "500",
    value: String(uiStore.get().expandLimit),
    class: "small-number",
    onchange: (event: Event) => uiStore.set({ expandLimit: Math.max(1, Math.min(500, Number((event.target as HTMLInputElement).value) || 50)) }),
  });
  const limitLabel = h("span");
  const format = h("select", { id: "export-format" }, EXPORT_FORMATS.map((entry) => h("option", { value: entry.id }, entry.label)));
  const exportButton = h("button", {
    type: "button",
    id: "export-button",
    onclick: () => void exportView(format.value, view.renderer),
  });
  const stats = h("span", { class: "muted small", id: "graph-stats" });
  const language = h("button", {
    type: "button",
    id: "language-switch",
    class: "link",
    onclick: () => setLanguage(languageStore.get().language === "zh" ? "en" : "zh"),
  });
  replaceChildren(
    root,
    h("div", { class: "group" }, layoutButton, fit, clear),
    h("label", { class: "group" }, reports, reportsLabel),
    h("label", { class: "group" }, limitLabel, limit),
    h("div", { class: "group" }, format, exportButton),
    stats,
  );
  languageRoot.append(language);

  const render = () => {
    const running = layoutStore.get().running;
    layoutButton.textContent = running ? t("layout.stop") : t("layout.start");
    layoutButton.classList.toggle("running", running);
    fit.textContent = t("toolbar.fit");
    clear.textContent = t("toolbar.clear");
    reportsLabel.textContent = t("toolbar.reports");
    limitLabel.textContent = t("toolbar.limit");
    exportButton.textContent = t("export.button");
    exportButton.title = t("export.view");
    language.textContent = t("lang.switch");
    stats.textContent = t("graph.nodes", { nodes: graph.order, edges: graph.size });
    reports.checked = uiStore.get().includeReports;
  };
  layoutStore.subscribe(render);
  languageStore.subscribe(render);
  graphStore.subscribe((state, previous) => {
    if (state.structureVersion !== previous.structureVersion) render();
  });
  render();
}
