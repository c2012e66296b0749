/**
 * Saved queries
 * =============
 *
 * Pick a saved query (cypher/queries/), fill its parameters, run it: the
 * rows as a table, the nodes and paths it returns as the graph. The result
 * can be exported like a view.
 */
import type { SavedQueryInfo } from "../../../src/server/api-types.ts";
import { EXPORT_FORMATS, exportQuery } from "../core/export.ts";
import { languageStore, t } from "../core/i18n.ts";
import { queriesStore, runSavedQuery, type ParamValues } from "../core/queries.ts";
import { h, replaceChildren } from "./dom.ts";
import { resultTable } from "./result-table.ts";

export function mountQueriesView(root: HTMLElement, focusNode: (node: string) => void): { prefill(name: string, params: ParamValues): void } {
  const values: Record<string, ParamValues> = {};

  const render = () => {
    const { list, selected, results, running } = queriesStore.get();
    const query = list.find((candidate) => candidate.name === selected) ?? null;
    const cached = selected ? results[selected] : undefined;
    replaceChildren(
      root,
      h(
        "select",
        {
          id: "query-select",
          "aria-label": t("queries.choose"),
          onchange: (event: Event) => queriesStore.set({ selected: (event.target as HTMLSelectElement).value }),
        },
        list.map((candidate) => h("option", { value: candidate.name, selected: candidate.name === selected }, candidate.name)),
      ),
      query ? queryForm(query, running === query.name) : null,
      cached ? resultTable(cached.result, "query-result", focusNode) : null,
      cached && query
        ? h(
            "div",
            { class: "inline-form" },
            h("span", { class: "muted small" }, t("queries.export")),
            EXPORT_FORMATS.filter((format) => format.where === "server").map((format) =>
              h(
                "button",
                { type: "button", class: "small", onclick: () => void exportQuery(format.id, { query: { name: query.name, params: cached.params } }, query.name) },
                format.id.toUpperCase(),
              ),
            ),
          )
        : null,
    );
  };

  const queryForm = (query: SavedQueryInfo, running: boolean) => {
    const given = (values[query.name] ??= {});
    return h(
      "form",
      {
        class: "query-form",
        id: "query-form",
        onsubmit: (event: Event) => {
          event.preventDefault();
          void runSavedQuery(query.name, { ...given });
        },
      },
      h("p", { class: "muted small" }, query.description),
      query.params.length ? h("h4", {}, t("queries.params")) : null,
      query.params.map((param) =>
        h(
          "label",
          { class: "param" },
          h("span", {}, param.name, param.default === undefined ? h("em", {}, ` (${t("queries.required")})`) : null),
          h("input", {
            name: param.name,
            type: param.type === "integer" || param.type === "float" ? "number" : "text",
            placeholder: param.default !== undefined && param.default !== null ? String(param.default) : param.description,
            title: param.description,
            value: given[param.name] === undefined || given[param.name] === null ? "" : String(given[param.name]),
            oninput: (event: Event) => {
              const text = (event.target as HTMLInputElement).value;
              if (text === "") delete given[param.name];
              else given[param.name] = text;
            },
          }),
        ),
      ),
      h("button", { type: "submit", class: "primary", disabled: running }, running ? t("status.loading") : t("queries.run")),
    );
  };

  queriesStore.subscribe(render);
  languageStore.subscribe(render);
  render();
  return {
    prefill(name, params) {
      values[name] = { ...params };
      queriesStore.set({ selected: name });
    },
  };
}
