/**
 * Legend and filters
 * ==================
 *
 * The legend lists the kinds in the graph with their colour and count; a
 * click hides or shows a kind. Below it, the counties of the nodes shown:
 * ticking some narrows the view to what belongs to them.
 */
import { legendEntries } from "../core/appearance.ts";
import { clearCounties, countyOptions, filtersStore, toggleCounty, toggleKind } from "../core/filters.ts";
import { graph, graphStore } from "../core/graph-state.ts";
import { languageStore, t, tKind } from "../core/i18n.ts";
import { h, replaceChildren } from "./dom.ts";

const MAX_COUNTIES = 40;

export function mountFilters(legendRoot: HTMLElement, countiesRoot: HTMLElement): void {
  const render = () => {
    const { hiddenKinds, counties } = filtersStore.get();
    legendRoot.hidden = countiesRoot.hidden = graph.order === 0;
    const entries = legendEntries(graph);
    replaceChildren(
      legendRoot,
      h("h3", {}, t("legend.title")),
      h(
        "ul",
        { class: "legend", id: "legend" },
        entries.map((entry) =>
          h(
            "li",
            {},
            h(
              "label",
              { class: hiddenKinds.includes(entry.kind) ? "off" : "" },
              h("input", {
                type: "checkbox",
                checked: !hiddenKinds.includes(entry.kind),
                dataset: { kind: entry.kind },
                onchange: () => toggleKind(entry.kind),
              }),
              h("span", { class: "dot", style: { background: entry.color } }),
              h("span", {}, tKind(entry.kind)),
              h("span", { class: "count" }, entry.count),
            ),
          ),
        ),
      ),
    );
    const options = countyOptions(graph).slice(0, MAX_COUNTIES);
    replaceChildren(
      countiesRoot,
      h(
        "h3",
        {},
        t("filters.counties"),
        counties.length ? h("button", { type: "button", class: "link", onclick: clearCounties }, t("filters.allCounties")) : null,
      ),
      options.length === 0
        ? h("p", { class: "muted small" }, t("filters.none"))
        : h(
            "div",
            { class: "county-filter", id: "county-filter" },
            options.map((option) =>
              h(
                "label",
                { class: counties.includes(option.county) ? "chip on" : "chip" },
                h("input", {
                  type: "checkbox",
                  checked: counties.includes(option.county),
                  dataset: { county: option.county },
                  onchange: () => toggleCounty(option.county),
                }),
                option.county,
                h("span", { class: "count" }, option.count),
              ),
            ),
          ),
    );
  };
  filtersStore.subscribe(render);
  graphStore.subscribe((state, previous) => {
    if (state.structureVersion !== previous.structureVersion) render();
  });
  languageStore.subscribe(render);
  render();
}
