/**
 * Page artefacts
 * ==============
 *
 * Lines that a printed page adds and the text never had: page numbers
 * (`- 23 -`, `第 3 页`, `3/20`, `Page 3 of 20`) everywhere, and in wrapped
 * (PDF) text also bare numbers and running headers (a short line repeated
 * on several pages). The lines are removed; the joining pass then mends the
 * sentence they interrupted.
 */
import type { Layout } from "./layout.ts";
import { endsSentence, isBlank, lineSpans, startsBlock, type Line } from "./lines.ts";
import { removeLines, type PassResult, type RemovalKind } from "./removal.ts";

const DECORATED_PAGE_NUMBER = [
  /^[-—–~－]\s*\d{1,4}\s*[-—–~－]$/,
  /^第\s*\d{1,4}\s*[页頁](?:\s*[,，/／]?\s*共\s*\d{1,4}\s*[页頁])?$/,
  /^共\s*\d{1,4}\s*[页頁]$/,
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
];
const BARE_PAGE_NUMBER = /^\d{1,3}$/;
const RUNNING_HEADER_MIN_REPEATS = 3;
const RUNNING_HEADER_MAX_LENGTH = 40;

export function isPageNumberLine(line: string, layout: Layout): boolean {
  const trimmed = line.trim();
  if (DECORATED_PAGE_NUMBER.some((pattern) => pattern.test(trimmed))) return true;
  return layout === "wrapped" && BARE_PAGE_NUMBER.test(trimmed);
}

export function removePageArtefacts(text: string, layout: Layout): PassResult {
  const found: Array<{ line: Line; kind: RemovalKind }> = [];
  const lines = lineSpans(text).filter((line) => !isBlank(text, line));
  const headers = layout === "wrapped" ? runningHeaders(text, lines) : new Set<string>();
  for (const line of lines) {
    const content = text.slice(line.start, line.end).trim();
    if (isPageNumberLine(content, layout) || headers.has(content)) found.push({ line, kind: "page-number" });
  }
  return removeLines(text, found);
}

/** Short lines that recur verbatim, are no sentence and no heading: page headers or footers. */
function runningHeaders(text: string, lines: Line[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const content = text.slice(line.start, line.end).trim();
    if (content.length > RUNNING_HEADER_MAX_LENGTH || endsSentence(content) || startsBlock(content)) continue;
    counts.set(content, (counts.get(content) ?? 0) + 1);
  }
  const headers = new Set<string>();
  for (const [content, count] of counts) if (count >= RUNNING_HEADER_MIN_REPEATS) headers.add(content);
  return headers;
}
