// Extraction worker bootstrap: imports the worker module (its URL comes in
// workerData.entry; see parallel.ts), normally the bundle that
// worker-bundle.ts made. When that could not be made, the entry is the
// TypeScript source (workerData.tsx): a worker thread does not inherit the
// tsx loader of the main thread, so it is registered here first.
//
// The worker that reads PDFs (workerData.preloadPdf) first imports pdfjs
// natively: through tsx's loader, pdfjs's 3 MB of modules get their dynamic
// imports rewritten with source maps kept in memory, which costs ~300 MB of
// RSS instead of ~80 MB. Importing the worker module also sets
// globalThis.pdfjsWorker, which pdfjs then uses instead of importing it again.
//
// pdfjs's legacy build bundles core-js, which on Node 20 REPLACES the native
// JSON.stringify, JSON.parse and Array.prototype.push with JavaScript
// versions (for features pdfjs does not need: JSON.rawJSON, JSON.parse
// source text, push on frozen lengths). Every push and every JSON.stringify
// of the extractors then runs several times slower; the natives are put back.
import { workerData } from "node:worker_threads";

if (workerData.preloadPdf) {
  const natives = [
    [JSON, "stringify", JSON.stringify],
    [JSON, "parse", JSON.parse],
    [Array.prototype, "push", Array.prototype.push],
  ];
  await import("pdfjs-dist/legacy/build/pdf.mjs");
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  for (const [owner, name, native] of natives) {
    Object.defineProperty(owner, name, { value: native, writable: true, configurable: true, enumerable: false });
  }
}
if (workerData.tsx) (await import("tsx/esm/api")).register();
await import(workerData.entry);
