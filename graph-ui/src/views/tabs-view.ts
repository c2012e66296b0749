/**
 * Tabs
 * ====
 *
 * The left panel's tabs: companies across counties (home), saved queries,
 * Cypher console. Opening the companies tab shows its graph again.
 */
import { languageStore, t, type MessageKey } from "../core/i18n.ts";
import { uiStore, type Tab } from "../core/ui-state.ts";
import { h, replaceChildren } from "./dom.ts";

const TABS: Array<{ id: Tab; label: MessageKey }> = [
  { id: "companies", label: "tabs.companies" },
  { id: "queries", label: "tabs.queries" },
  { id: "cypher", label: "tabs.cypher" },
];

export function mountTabs(bar: HTMLElement, panels: Record<Tab, HTMLElement>, onOpen: (tab: Tab) => void): void {
  const render = () => {
    const current = uiStore.get().tab;
    replaceChildren(
      bar,
      TABS.map((tab) =>
        h(
          "button",
          {
            type: "button",
            role: "tab",
            id: `tab-${tab.id}`,
            class: tab.id === current ? "active" : "",
            "aria-selected": tab.id === current ? "true" : "false",
            onclick: () => {
              uiStore.set({ tab: tab.id });
              onOpen(tab.id);
            },
          },
          t(tab.label),
        ),
      ),
    );
    for (const tab of TABS) panels[tab.id].hidden = tab.id !== current;
  };
  uiStore.subscribe(render);
  languageStore.subscribe(render);
  render();
}
