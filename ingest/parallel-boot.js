// Extraction worker bootstrap. A worker thread does not inherit the tsx
// loader of the main thread, so register it here, then load the TypeScript
// worker (its URL comes in workerData.entry; see parallel.ts).
//
// The worker that reads PDFs (workerData.preloadPdf) first imports pdfjs
// natively: through tsx's loader, pdfjs's 3 MB of modules get their dynamic
// imports rewritten with source maps kept in memory, which costs ~300 MB of
// RSS instead of ~80 MB. Importing the worker module also sets
// globalThis.pdfjsWorker, which pdfjs then uses instead of importing it again.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

if (workerData.preloadPdf) {
  await import("pdfjs-dist/legacy/build/pdf.mjs");
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
}
register();
await import(workerData.entry);
