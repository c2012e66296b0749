/**
 * PDF text layer
 * ==============
 *
 * Text of a PDF through pdfjs-dist (legacy build for Node, no worker, no
 * font loading; the bundled CMaps so Chinese fonts with predefined encodings
 * such as UniGB-UCS2-H decode). Lines are rebuilt from the positioned text
 * items: a new line where the baseline moves or pdfjs marks an end of line;
 * a blank line where the vertical gap is clearly wider than the page's usual
 * line spacing (a paragraph or a page number block); pages are separated by
 * a blank line. Nothing is removed here: page numbers and wrapped lines are
 * the normalisation stage's business.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { InputFileError } from "../src/errors.ts";

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface PdfLine {
  y: number;
  size: number;
  text: string;
}

const PARAGRAPH_GAP_RATIO = 1.6;
/** Above this share of unmapped glyphs the text layer is noise. */
const MAX_UNREADABLE_SHARE = 0.3;

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= importKeepingNatives();
  return pdfjs;
}

/**
 * pdfjs's legacy build bundles core-js, which on Node 20 replaces the native
 * JSON.stringify, JSON.parse and Array.prototype.push with JavaScript versions
 * several times slower (for features pdfjs does not use); every extractor and
 * the JSON output of the thread would pay for them. The natives are put back
 * (parallel-boot.js does the same in the worker that preloads pdfjs). The
 * worker module is imported here too: it sets globalThis.pdfjsWorker, so
 * pdfjs does not import it later, after the natives are back.
 */
async function importKeepingNatives(): Promise<PdfJs> {
  const natives: Array<[object, string, unknown]> = [
    [JSON, "stringify", JSON.stringify],
    [JSON, "parse", JSON.parse],
    [Array.prototype, "push", Array.prototype.push],
  ];
  try {
    const module = await import("pdfjs-dist/legacy/build/pdf.mjs");
    await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return module;
  } finally {
    for (const [owner, name, native] of natives) {
      Object.defineProperty(owner, name, { value: native, writable: true, configurable: true, enumerable: false });
    }
  }
}

export async function pdfToText(bytes: Uint8Array, source: string): Promise<string> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: path.join(pdfjsRoot, "cmaps") + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(pdfjsRoot, "standard_fonts") + path.sep,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    throw new InputFileError(source, describePdfError(error));
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(layoutPage(content.items.filter(isTextItem)));
      page.cleanup();
    }
    const text = pages.join("\n\n");
    checkReadable(text, source);
    return text;
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(source, describePdfError(error));
  } finally {
    await document.destroy();
  }
}

function isTextItem<T extends object>(item: T): item is T & PdfTextItem {
  return "str" in item && "transform" in item;
}

function describePdfError(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return "PDF is password-protected";
  if (name === "InvalidPDFException") return `damaged or invalid PDF (${message})`;
  return `cannot read PDF (${message})`;
}

function checkReadable(text: string, source: string): void {
  const visible = text.replace(/\s+/g, "");
  if (visible.length === 0) throw new InputFileError(source, "PDF has no text layer (scanned?)");
  const unreadable = visible.match(/[\uE000-\uF8FF\uFFFD\u0000-\u001F]/g)?.length ?? 0;
  if (unreadable / visible.length > MAX_UNREADABLE_SHARE) {
    throw new InputFileError(source, "PDF text layer is unreadable (fonts without a Unicode mapping)");
  }
}

/** Text items of one page -> lines, with a blank line at wide vertical gaps. */
export function layoutPage(items: PdfTextItem[]): string {
  const lines = groupLines(items);
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (gap > 0 && gap < 3 * lines[i]!.size) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const usual = gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : Infinity;
  const out: string[] = [];
  lines.forEach((line, i) => {
    const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
    if (i > 0 && (gap > PARAGRAPH_GAP_RATIO * usual || gap < 0)) out.push("");
    out.push(line.text);
  });
  return out.join("\n");
}

function groupLines(items: PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  let lastEndX = 0;
  const flush = () => {
    if (current && current.text.trim() !== "") lines.push(current);
    current = null;
  };
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height || 10;
    if (item.str !== "") {
      if (current !== null && (Math.abs(y - (current as PdfLine).y) > size / 2 || x < lastEndX - size)) flush();
      if (current === null) current = { y, size, text: item.str };
      else current.text += (needsSpace(current.text, item.str, x - lastEndX, size) ? " " : "") + item.str;
      lastEndX = x + item.width;
    }
    if (item.hasEOL) flush();
  }
  flush();
  return lines;
}

function needsSpace(before: string, next: string, gap: number, size: number): boolean {
  if (gap < size * 0.25 || /\s$/.test(before) || /^\s/.test(next)) return false;
  return true;
}
