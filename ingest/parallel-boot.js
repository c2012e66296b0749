// Extraction worker bootstrap: a worker thread does not inherit the tsx loader
// of the main thread, so register it here, then load the TypeScript worker
// (its URL comes in workerData.entry; see parallel.ts).
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
