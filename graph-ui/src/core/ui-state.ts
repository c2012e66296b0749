/**
 * UI state
 * ========
 *
 * Choices of the user that are not data: the open tab of the left panel,
 * how expansions behave, whether the report viewer is open.
 */
import { createStore } from "./store.ts";

export type Tab = "companies" | "queries" | "cypher";

export const uiStore = createStore<{ tab: Tab; includeReports: boolean; expandLimit: number }>({
  tab: "companies",
  includeReports: false,
  expandLimit: 50,
});
