/**
 * Report splitting
 * ================
 *
 * A file may hold several reports: scraped listing pages repeat a header line
 * of one shape (a bullet, a `【column】` tag) before each report, often with a
 * publication date on its own line after the body. When at least two such
 * headers each introduce a substantial body, the file is cut there and
 * whatever precedes the first header or follows the last dated body (site
 * chrome) is dropped. A file whose headers follow a lead in prose is one
 * article with headed sections, not a listing. Otherwise the whole file is
 * one report whose title is its first heading-like line.
 */
import type { NormalizedText, ReportDraft } from "./types.ts";

/** A body shorter than this is not a report of its own (a teaser, a link). */
export const MIN_REPORT_BODY = 200;
const MAX_TITLE_LENGTH = 120;

interface Line {
  start: number;
  end: number;
  text: string;
}

const BULLET = /^\s*([•·●▪◆■◇○◎★☆▶►\-*+])\s*/;
const COLUMN_TAG = /^【[^】]{1,20}】/;
const ISO_DATE_LINE = /^\s*((?:19|20)\d{2})[-/.年]\s*(\d{1,2})[-/.月]\s*(\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

export function splitReports(source: string, doc: NormalizedText): ReportDraft[] {
  const lines = toLines(doc.text);
  const headers = findRepeatedHeaders(lines);
  if (headers.length >= 2 && !hasLead(lines, headers[0]!)) return splitAtHeaders(source, doc, lines, headers);
  return [wholeDocument(source, doc, lines)];
}

/**
 * Prose before the first header: the lead of one article whose sections are
 * headed `【链上发力】…`, not the site chrome (links, menus) before the first
 * report of a listing page.
 */
function hasLead(lines: Line[], firstHeader: number): boolean {
  let prose = 0;
  for (let i = 0; i < firstHeader; i++) if (/[。！？]/.test(lines[i]!.text)) prose += lines[i]!.text.trim().length;
  return prose >= MIN_REPORT_BODY;
}

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return lines;
}

/** The shape of a header line, or null when the line cannot be a header. */
function headerShape(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length < 4 || trimmed.length > MAX_TITLE_LENGTH) return null;
  const bullet = BULLET.exec(trimmed);
  const rest = bullet ? trimmed.slice(bullet[0].length) : trimmed;
  const tagged = COLUMN_TAG.test(rest);
  if (!bullet && !tagged) return null;
  if (/[。！？]$/.test(rest)) return null;
  return `${bullet?.[1] ?? ""}${tagged ? "【】" : ""}`;
}

/** Indices of header lines whose shape repeats and which each introduce a real body. */
function findRepeatedHeaders(lines: Line[]): number[] {
  const byShape = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const shape = headerShape(line.text);
    if (shape) byShape.set(shape, [...(byShape.get(shape) ?? []), index]);
  });
  let best: number[] = [];
  for (const indices of byShape.values()) {
    const withBody = indices.filter((index, k) => bodyLength(lines, index, indices[k + 1] ?? lines.length) >= MIN_REPORT_BODY);
    if (withBody.length >= 2 && withBody.length > best.length) best = indices;
  }
  return best;
}

function bodyLength(lines: Line[], header: number, next: number): number {
  let total = 0;
  for (let i = header + 1; i < next; i++) total += lines[i]!.text.trim().length;
  return total;
}

function splitAtHeaders(source: string, doc: NormalizedText, lines: Line[], headers: number[]): ReportDraft[] {
  const drafts: ReportDraft[] = [];
  headers.forEach((header, k) => {
    const next = headers[k + 1] ?? lines.length;
    const { last, date } = bodyEnd(lines, header, next);
    const start = lines[header]!.start;
    const end = lines[last]!.end;
    drafts.push(makeDraft(source, doc, drafts.length, lines[header]!, start, end, date));
  });
  return drafts;
}

/**
 * The last line of a report's body: the line before its trailing date line if it
 * has one (what follows, up to the next header, is site chrome).
 */
function bodyEnd(lines: Line[], header: number, next: number): { last: number; date: string | null } {
  for (let i = header + 1; i < next; i++) {
    const date = parseDateLine(lines[i]!.text);
    if (date && bodyLength(lines, header, i) >= MIN_REPORT_BODY) return { last: i - 1, date };
  }
  let last = next - 1;
  while (last > header && lines[last]!.text.trim() === "") last--;
  return { last, date: null };
}

export function parseDateLine(line: string): string | null {
  const m = ISO_DATE_LINE.exec(line);
  if (!m) return null;
  return isoDate(m[1]!, m[2]!, m[3]!);
}

export function isoDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function wholeDocument(source: string, doc: NormalizedText, lines: Line[]): ReportDraft {
  const first = lines.findIndex((line) => line.text.trim() !== "");
  const titleLine = lines.find((line) => isTitleLike(line.text)) ?? lines[first];
  let start = 0;
  let end = doc.text.length;
  while (start < end && /\s/.test(doc.text[start]!)) start++;
  while (end > start && /\s/.test(doc.text[end - 1]!)) end--;
  return makeDraft(source, doc, 0, titleLine, start, end, null);
}

function isTitleLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 4 || trimmed.length > MAX_TITLE_LENGTH) return false;
  if (/^#{1,3}\s/.test(trimmed) || COLUMN_TAG.test(trimmed)) return true;
  return /(报告|報告|发布会|發布會|实录|實錄)/.test(trimmed) && !/[。，,]/.test(trimmed);
}

/** `• 【闻喜县招商】2021年闻喜县政府工作报告` -> `2021年闻喜县政府工作报告`. */
export function cleanTitle(line: string): string {
  let title = line.trim().replace(BULLET, "").replace(/^#{1,6}\s*/, "");
  const tag = COLUMN_TAG.exec(title);
  if (tag && title.length - tag[0].length >= 6) title = title.slice(tag[0].length);
  return title.trim();
}

function makeDraft(
  source: string,
  doc: NormalizedText,
  index: number,
  titleLine: Line | undefined,
  start: number,
  end: number,
  dateHint: string | null,
): ReportDraft {
  return {
    source,
    index,
    title: titleLine ? cleanTitle(titleLine.text) : "",
    titleMatch: titleLine ? cleanTitle(doc.match.slice(titleLine.start, titleLine.end)) : "",
    text: doc.text.slice(start, end),
    match: doc.match.slice(start, end),
    offset: start,
    dateHint,
  };
}
