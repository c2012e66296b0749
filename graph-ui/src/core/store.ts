/**
 * Store
 * =====
 *
 * The smallest observable state container: each concern of core/ (graph,
 * selection, filters, search...) owns one, views subscribe to the ones they
 * draw. State is replaced, never mutated, so listeners can compare.
 */

export type Listener<T> = (state: T, previous: T) => void;

export interface Store<T extends object> {
  get(): T;
  set(patch: Partial<T> | ((state: T) => Partial<T>)): void;
  subscribe(listener: Listener<T>): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      const change = typeof patch === "function" ? patch(state) : patch;
      state = { ...state, ...change };
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
