/**
 * Types for pdfjs's legacy worker module
 * ======================================
 *
 * pdfjs-dist ships no type declarations for it; pdf.ts imports it only for
 * its side effect (it sets globalThis.pdfjsWorker).
 */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
