/**
 * Cypher console
 * ==============
 *
 * Read-only Cypher typed by the user: the result as a table and, when it
 * returns nodes, relationships or paths, as the graph. Errors keep Neo4j's
 * own message and code.
 */
import type { QueryResult } from "../../../src/server/api-types.ts";
import { api, ApiError } from "./api.ts";
import { replaceGraph } from "./graph-state.ts";
import { resetLayout, startLayout } from "./layout.ts";
import { selectNode } from "./selection.ts";
import { track } from "./status.ts";
import { createStore } from "./store.ts";

export const cypherStore = createStore<{ text: string; result: QueryResult | null; error: ApiError | null; running: boolean }>({
  text: "",
  result: null,
  error: null,
  running: false,
});

export async function runCypher(text: string): Promise<void> {
  const query = text.trim();
  if (!query) return;
  cypherStore.set({ text: query, running: true, error: null });
  try {
    const result = await track(api.cypher(query));
    cypherStore.set({ result });
    if (result.graph.nodes.length > 0) {
      resetLayout();
      selectNode(null);
      replaceGraph(result.graph, "cypher", "cypher");
      startLayout();
    }
  } catch (error) {
    cypherStore.set({ result: null, error: error instanceof ApiError ? error : new ApiError("internal", String(error), 0) });
  } finally {
    cypherStore.set({ running: false });
  }
}
