/**
 * Expansion
 * =========
 *
 * Double-click (or the panel's button) adds a node's neighbours to the view,
 * at most the chosen limit, connected to what the view already shows; the
 * layout runs for a moment to make room for them.
 */
import type { ExpandResponse } from "../../../src/server/api-types.ts";
import { api } from "./api.ts";
import { graph, mergeGraph } from "./graph-state.ts";
import { t } from "./i18n.ts";
import { startLayout } from "./layout.ts";
import { reportError, showMessage, track } from "./status.ts";
import { uiStore } from "./ui-state.ts";

export async function expandNode(id: string): Promise<ExpandResponse | null> {
  const { expandLimit, includeReports } = uiStore.get();
  try {
    const response = await track(api.expand({ id, limit: expandLimit, includeReports, known: graph.nodes() }));
    mergeGraph(response.graph, id);
    startLayout(2_500);
    showMessage("info", t("panel.expanded", { shown: response.shown, total: response.total }));
    return response;
  } catch (error) {
    reportError(error);
    return null;
  }
}
