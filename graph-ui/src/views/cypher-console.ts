/**
 * Cypher console
 * ==============
 *
 * A box for read-only Cypher (Ctrl+Enter runs it). Results appear as a
 * table here and as the graph; a failing query shows Neo4j's message and
 * code as they came.
 */
import { cypherStore, runCypher } from "../core/cypher.ts";
import { EXPORT_FORMATS, exportQuery } from "../core/export.ts";
import { languageStore, t } from "../core/i18n.ts";
import { h, replaceChildren } from "./dom.ts";
import { resultTable } from "./result-table.ts";

export function mountCypherConsole(root: HTMLElement, focusNode: (node: string) => void): void {
  const input = h("textarea", { id: "cypher-input", rows: 5, spellcheck: false });
  const run = h("button", { type: "button", class: "primary", id: "cypher-run", onclick: () => void runCypher(input.value) });
  const help = h("p", { class: "muted small" });
  const output = h("div", { id: "cypher-output" });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void runCypher(input.value);
    }
  });
  root.append(input, h("div", { class: "inline-form" }, run), help, output);

  const render = () => {
    const { result, error, running, text } = cypherStore.get();
    if (text && input.value.trim() === "") input.value = text;
    input.placeholder = t("cypher.placeholder");
    run.textContent = running ? t("status.loading") : t("cypher.run");
    run.toggleAttribute("disabled", running);
    help.textContent = t("cypher.help");
    replaceChildren(
      output,
      error
        ? h(
            "div",
            { class: "error-box", id: "cypher-error", role: "alert" },
            h("strong", {}, consoleErrorTitle(error.code)),
            error.neo4jCode ? h("code", {}, error.neo4jCode) : null,
            h("pre", {}, error.message),
          )
        : null,
      result ? resultTable(result, "cypher-result", focusNode) : null,
      result
        ? h(
            "div",
            { class: "inline-form" },
            h("span", { class: "muted small" }, t("queries.export")),
            EXPORT_FORMATS.filter((format) => format.where === "server").map((format) =>
              h("button", { type: "button", class: "small", onclick: () => void exportQuery(format.id, { cypher: { query: text } }, "cypher") }, format.id.toUpperCase()),
            ),
          )
        : null,
    );
  };
  cypherStore.subscribe(render);
  languageStore.subscribe(render);
  render();
}

function consoleErrorTitle(code: string): string {
  if (code === "neo4j-unavailable" || code === "network") return t("status.disconnected");
  if (code === "read-only") return t("cypher.readOnly");
  if (code === "unauthorized") return t("error.unauthorized");
  return t("cypher.error");
}
