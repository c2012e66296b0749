/**
 * Status
 * ======
 *
 * A progress bar while anything loads, messages (errors stay until
 * dismissed or replaced), the Neo4j connection badge, and the empty state
 * of the graph.
 */
import { graph, graphStore } from "../core/graph-state.ts";
import { languageStore, t } from "../core/i18n.ts";
import { dismissMessage, statusStore } from "../core/status.ts";
import { h, replaceChildren } from "./dom.ts";

export function mountStatus(bar: HTMLElement, messages: HTMLElement, badge: HTMLElement, empty: HTMLElement, hint: HTMLElement): void {
  const render = () => {
    const { loading, messages: list, neo4j } = statusStore.get();
    bar.hidden = loading === 0;
    bar.setAttribute("aria-label", t("status.loading"));
    document.body.classList.toggle("busy", loading > 0);
    replaceChildren(
      messages,
      list.map((message) =>
        h(
          "div",
          { class: `message ${message.kind}`, role: message.kind === "error" ? "alert" : "status" },
          h("span", {}, message.text),
          h("button", { type: "button", class: "close", title: t("panel.close"), onclick: () => dismissMessage(message.id) }, "×"),
        ),
      ),
    );
    badge.textContent = neo4j === null ? "" : neo4j ? t("status.connected") : t("status.disconnected");
    badge.className = neo4j === null ? "badge-status" : neo4j ? "badge-status ok" : "badge-status down";
    empty.hidden = graph.order > 0 || loading > 0;
    empty.textContent = t("graph.empty");
    hint.textContent = t("graph.hint");
  };
  statusStore.subscribe(render);
  graphStore.subscribe(render);
  languageStore.subscribe(render);
  render();
}
