/**
 * Search box
 * ==========
 *
 * Typing shows suggestions (name, kind, counties); arrow keys move through
 * them, Enter runs the search (or opens the suggestion picked). The last
 * search's hits are listed under the box as chips that focus their node.
 */
import { KIND_COLORS } from "../core/appearance.ts";
import { languageStore, t, tKind } from "../core/i18n.ts";
import { clearSuggestions, runSearch, searchStore, suggest } from "../core/search.ts";
import { selectNode } from "../core/selection.ts";
import { graph, graphStore } from "../core/graph-state.ts";
import type { SearchHit } from "../../../src/server/api-types.ts";
import { h, replaceChildren } from "./dom.ts";

export function mountSearchBox(root: HTMLElement, focusNode: (node: string) => void): { setQuery(text: string): void } {
  const input = h("input", {
    type: "search",
    id: "search-input",
    autocomplete: "off",
    spellcheck: false,
    "aria-label": t("search.placeholder"),
  });
  const button = h("button", { type: "submit", class: "primary", id: "search-button" });
  const list = h("ul", { class: "suggestions", role: "listbox", id: "search-suggestions" });
  const resultsBox = h("div", { class: "search-results", id: "search-results" });
  const form = h("form", { class: "search-form", role: "search" }, input, button, list);
  root.append(form, resultsBox);
  let active = -1;

  const choose = (hit: SearchHit) => {
    input.value = hit.name;
    clearSuggestions();
    void runSearch(hit.name, hit.id);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const hit = searchStore.get().suggestions[active];
    if (hit) choose(hit);
    else void runSearch(input.value);
  });
  input.addEventListener("input", () => {
    active = -1;
    suggest(input.value);
  });
  input.addEventListener("keydown", (event) => {
    const count = searchStore.get().suggestions.length;
    if (event.key === "ArrowDown" && count) active = (active + 1) % count;
    else if (event.key === "ArrowUp" && count) active = (active - 1 + count) % count;
    else if (event.key === "Escape") clearSuggestions();
    else return;
    event.preventDefault();
    renderSuggestions();
  });
  input.addEventListener("blur", () => window.setTimeout(clearSuggestions, 150));

  const renderSuggestions = () => {
    const { suggestions } = searchStore.get();
    list.hidden = suggestions.length === 0;
    replaceChildren(
      list,
      suggestions.map((hit, index) =>
        h(
          "li",
          {
            role: "option",
            class: index === active ? "active" : "",
            "aria-selected": index === active ? "true" : "false",
            onmousedown: (event: Event) => {
              event.preventDefault();
              choose(hit);
            },
          },
          h("span", { class: "dot", style: { background: KIND_COLORS[hit.kind] } }),
          h("span", { class: "name" }, hit.name),
          hit.aliases.length ? h("span", { class: "muted" }, ` ${hit.aliases.slice(0, 2).join(" / ")}`) : null,
          h("span", { class: "kind" }, tKind(hit.kind)),
          hit.counties.length ? h("span", { class: "muted counties" }, hit.counties.slice(0, 3).join("、")) : null,
        ),
      ),
    );
  };

  const renderResults = () => {
    const { results } = searchStore.get();
    if (!results || graphStore.get().origin !== "search") {
      replaceChildren(resultsBox);
      return;
    }
    replaceChildren(
      resultsBox,
      results.hits.length === 0
        ? h("span", { class: "empty" }, t("search.none", { q: results.query }))
        : [
            h("span", { class: "muted" }, t("search.results", { q: results.query, n: results.hits.length })),
            ...results.hits.map((hit) =>
              h(
                "button",
                {
                  class: "chip",
                  type: "button",
                  dataset: { id: hit.id },
                  onclick: () => {
                    if (graph.hasNode(hit.id)) {
                      selectNode(hit.id);
                      focusNode(hit.id);
                    } else void runSearch(hit.name, hit.id);
                  },
                },
                h("span", { class: "dot", style: { background: KIND_COLORS[hit.kind] } }),
                hit.name,
              ),
            ),
            results.variants.length > 1 ? h("span", { class: "muted small" }, t("search.variants", { variants: results.variants.slice(1).join("、") })) : null,
          ],
    );
  };

  const renderText = () => {
    input.placeholder = t("search.placeholder");
    button.textContent = t("search.button");
  };

  searchStore.subscribe((state, previous) => {
    if (state.suggestions !== previous.suggestions) renderSuggestions();
    if (state.results !== previous.results) renderResults();
    button.disabled = state.loading;
  });
  graphStore.subscribe((state, previous) => {
    if (state.origin !== previous.origin || state.generation !== previous.generation) renderResults();
  });
  languageStore.subscribe(() => {
    renderText();
    renderSuggestions();
    renderResults();
  });
  renderText();
  renderSuggestions();
  return {
    setQuery(text) {
      input.value = text;
    },
  };
}
