/**
 * Side panel
 * ==========
 *
 * Details of the selection. A node: kind, name, aliases, counties,
 * properties, source reports and its facts, each with evidence sentences
 * (mentions marked) and a link to the report text. An edge: the evidence of
 * every relationship of its type between its two nodes.
 */
import type { EdgeEvidenceResponse, EntityDetailsResponse } from "../../../src/server/api-types.ts";
import { KIND_COLORS } from "../core/appearance.ts";
import { detailsStore } from "../core/details.ts";
import { expandNode } from "../core/expand.ts";
import { graph } from "../core/graph-state.ts";
import { languageStore, t, tKind, tRel } from "../core/i18n.ts";
import { openReport } from "../core/report.ts";
import { selectionStore, selectNode } from "../core/selection.ts";
import { h, replaceChildren } from "./dom.ts";
import { evidenceList } from "./evidence-view.ts";

export function mountSidePanel(root: HTMLElement, focusNode: (node: string) => void): void {
  const render = () => {
    const { node, edge, loading } = detailsStore.get();
    const selection = selectionStore.get();
    root.hidden = !selection.node && !selection.edge;
    if (root.hidden) return root.replaceChildren();
    const close = h("button", { type: "button", class: "close", title: t("panel.close"), onclick: () => selectNode(null) }, "×");
    if (loading && !node && !edge) return replaceChildren(root, close, h("p", { class: "loading" }, t("status.loading")));
    if (node && node.id === selection.node) return replaceChildren(root, close, nodeDetails(node, focusNode));
    if (edge && edge.key === selection.edge) return replaceChildren(root, close, edgeDetails(edge));
    replaceChildren(root, close, h("p", { class: "loading" }, t("status.loading")));
  };
  detailsStore.subscribe(render);
  selectionStore.subscribe((state, previous) => {
    if (state.node !== previous.node || state.edge !== previous.edge) render();
  });
  languageStore.subscribe(render);
  render();
}

function kindBadge(kind: string): HTMLElement {
  return h("span", { class: "badge", style: { background: KIND_COLORS[kind as keyof typeof KIND_COLORS] ?? "#999" } }, tKind(kind));
}

function nodeDetails(details: EntityDetailsResponse, focusNode: (node: string) => void): HTMLElement {
  const props = Object.entries(details.props).filter(([, value]) => value !== null && value !== "");
  return h(
    "div",
    { class: "details", id: "node-details", dataset: { id: details.id } },
    h("header", {}, kindBadge(details.kind), h("h2", {}, details.name)),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", id: "expand-button", onclick: () => void expandNode(details.id).then(() => focusNode(details.id)) }, t("panel.expand")),
    ),
    h(
      "dl",
      { class: "facts-table" },
      details.aliases.length ? [h("dt", {}, t("panel.aliases")), h("dd", { class: "aliases" }, details.aliases.join("、"))] : null,
      details.counties.length ? [h("dt", {}, t("panel.counties")), h("dd", {}, details.counties.join("、"))] : null,
      [h("dt", {}, t("panel.degree")), h("dd", {}, details.degree)],
      props.flatMap(([key, value]) => [h("dt", {}, key), h("dd", {}, Array.isArray(value) ? value.join("、") : String(value))]),
    ),
    details.reports.length
      ? h(
          "section",
          {},
          h("h3", {}, t("panel.reports")),
          h(
            "ul",
            { class: "reports" },
            details.reports.map((report) =>
              h(
                "li",
                {},
                h(
                  "a",
                  {
                    href: "#",
                    onclick: (event: Event) => {
                      event.preventDefault();
                      void openReport(report.id, null);
                    },
                  },
                  report.title,
                ),
                h("span", { class: "muted" }, [report.subject, report.date].filter(Boolean).join(" · ")),
              ),
            ),
          ),
        )
      : null,
    h(
      "section",
      {},
      h("h3", {}, t("panel.facts")),
      details.facts.length === 0
        ? h("p", { class: "muted small" }, t("panel.noEvidence"))
        : h(
            "ul",
            { class: "fact-list" },
            details.facts.map((fact) =>
              h(
                "li",
                { class: "fact" },
                h(
                  "div",
                  { class: "fact-head" },
                  h("span", { class: "rel" }, `${t(fact.direction === "out" ? "dir.out" : "dir.in")} ${tRel(fact.type)}`),
                  h(
                    "a",
                    {
                      href: "#",
                      class: "other",
                      onclick: (event: Event) => {
                        event.preventDefault();
                        if (graph.hasNode(fact.other.id)) {
                          selectNode(fact.other.id);
                          focusNode(fact.other.id);
                        } else void expandNode(details.id).then(() => selectNode(fact.other.id));
                      },
                    },
                    fact.other.name,
                  ),
                  kindBadge(fact.other.kind),
                ),
                evidenceList(fact.evidence, fact.evidenceCount),
              ),
            ),
          ),
    ),
  );
}

function edgeDetails(edge: EdgeEvidenceResponse & { key: string }): HTMLElement {
  const total = edge.items.length;
  return h(
    "div",
    { class: "details", id: "edge-details", dataset: { key: edge.key } },
    h("header", {}, h("span", { class: "badge rel-badge" }, tRel(edge.type)), h("h2", {}, t("panel.edgeTitle", { source: edge.source.name, target: edge.target.name }))),
    h("h3", {}, `${t("panel.evidence")} (${total})`),
    evidenceList(edge.items, total),
  );
}
