/**
 * Layouts
 * =======
 *
 * Layouts as data: ForceAtlas2 runs continuously in a web worker
 * (graphology-layout-forceatlas2/worker) until stopped or until its time is
 * up; "circle" places nodes once. Settings are inferred from the graph size.
 */
import * as fa2Module from "graphology-layout-forceatlas2";
import * as fa2WorkerModule from "graphology-layout-forceatlas2/worker.js";
import { graph, type ExplorerGraph } from "./graph-state.ts";
import { cjsDefault } from "./interop.ts";
import { createStore } from "./store.ts";

type Supervisor = InstanceType<typeof fa2WorkerModule.default.default>;
const FA2LayoutSupervisor = cjsDefault<typeof fa2WorkerModule.default.default>(fa2WorkerModule);
const forceAtlas2 = cjsDefault<typeof fa2Module.default.default>(fa2Module);

export interface ContinuousLayout {
  id: string;
  kind: "continuous";
  /** Stops by itself after this long (ms); the user can start it again. */
  defaultDurationMs: number;
  create(graph: ExplorerGraph): { start(): void; stop(): void; kill(): void; isRunning(): boolean };
}

export interface OneShotLayout {
  id: string;
  kind: "once";
  assign(graph: ExplorerGraph): void;
}

export type LayoutDefinition = ContinuousLayout | OneShotLayout;

export const LAYOUTS: LayoutDefinition[] = [
  {
    id: "forceatlas2",
    kind: "continuous",
    defaultDurationMs: 4_000,
    create: (target) =>
      new FA2LayoutSupervisor(target, {
        settings: {
          ...forceAtlas2.inferSettings(target),
          barnesHutOptimize: target.order > 400,
          adjustSizes: false,
          gravity: 1,
          scalingRatio: 10,
          slowDown: 2,
        },
        getEdgeWeight: null,
      }) as Supervisor,
  },
  {
    id: "circle",
    kind: "once",
    assign(target) {
      const nodes = target.nodes();
      nodes.forEach((node, index) => {
        const angle = (index / Math.max(1, nodes.length)) * 2 * Math.PI;
        target.mergeNodeAttributes(node, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
      });
    },
  },
];

export const layoutStore = createStore<{ running: boolean }>({ running: false });

let supervisor: ReturnType<ContinuousLayout["create"]> | null = null;
let stopTimer: number | undefined;

function continuous(): ContinuousLayout {
  return LAYOUTS.find((layout): layout is ContinuousLayout => layout.kind === "continuous")!;
}

export function startLayout(durationMs: number | null = continuous().defaultDurationMs): void {
  if (graph.order === 0) return;
  supervisor ??= continuous().create(graph);
  supervisor.start();
  layoutStore.set({ running: true });
  window.clearTimeout(stopTimer);
  if (durationMs !== null) stopTimer = window.setTimeout(stopLayout, durationMs);
}

export function stopLayout(): void {
  window.clearTimeout(stopTimer);
  supervisor?.stop();
  layoutStore.set({ running: false });
}

/** After the graph was replaced: a fresh worker for the new structure. */
export function resetLayout(): void {
  stopLayout();
  supervisor?.kill();
  supervisor = null;
}

export function runOneShot(id: string): void {
  const layout = LAYOUTS.find((candidate) => candidate.id === id);
  if (layout?.kind === "once") layout.assign(graph);
}
