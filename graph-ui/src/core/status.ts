/**
 * Status
 * ======
 *
 * What is loading and what went wrong, for the status bar: `track` counts a
 * pending request, `reportError` turns any failure into a message the user
 * can act on (Neo4j down, server down, Neo4j's own query error).
 */
import { ApiError } from "./api.ts";
import { t } from "./i18n.ts";
import { createStore } from "./store.ts";

export interface StatusMessage {
  id: number;
  kind: "error" | "info";
  text: string;
}

export const statusStore = createStore<{ loading: number; messages: StatusMessage[]; neo4j: boolean | null }>({
  loading: 0,
  messages: [],
  neo4j: null,
});

let nextId = 1;

export async function track<T>(work: Promise<T>): Promise<T> {
  statusStore.set((state) => ({ loading: state.loading + 1 }));
  try {
    return await work;
  } finally {
    statusStore.set((state) => ({ loading: state.loading - 1 }));
  }
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case "neo4j-unavailable":
        return t("error.neo4jDown", { message: error.message });
      case "network":
        return t("error.serverDown");
      case "query-error":
        return t("error.query", { message: error.neo4jCode ? `${error.message} (${error.neo4jCode})` : error.message });
      case "timeout":
        return t("error.timeout", { message: error.message });
      case "read-only":
        return t("error.readOnly", { message: error.message });
      case "unauthorized":
        return t("error.unauthorized");
      case "not-found":
        return t("error.notFound", { message: error.message });
      default:
        return t("error.generic", { message: error.message });
    }
  }
  return t("error.generic", { message: (error as Error).message ?? String(error) });
}

export function reportError(error: unknown): void {
  if ((error as Error).name === "AbortError") return;
  if (error instanceof ApiError && error.code === "neo4j-unavailable") statusStore.set({ neo4j: false });
  showMessage("error", errorText(error));
}

export function showMessage(kind: StatusMessage["kind"], text: string, timeoutMs = kind === "error" ? 15_000 : 4_000): void {
  const message = { id: nextId++, kind, text };
  statusStore.set((state) => ({ messages: [...state.messages.filter((m) => m.text !== text), message].slice(-4) }));
  window.setTimeout(() => dismissMessage(message.id), timeoutMs);
}

export function dismissMessage(id: number): void {
  statusStore.set((state) => ({ messages: state.messages.filter((message) => message.id !== id) }));
}
