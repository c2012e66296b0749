/**
 * Line helpers for the layout passes
 * ==================================
 *
 * Offsets of lines, display width, and the few shapes of a line that the
 * joining, page-artefact and boilerplate passes all need to recognise:
 * sentence ends, block starts (headings, list items), date lines.
 */

/** A line of text: `[start, end)` excludes its newline. */
export interface Line {
  start: number;
  end: number;
}

export function lineSpans(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    if (newline < 0) break;
    lines.push({ start, end: newline });
    start = newline + 1;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Offset after the line's newline (or the text end). */
export function lineEndWithBreak(text: string, line: Line): number {
  return line.end < text.length ? line.end + 1 : line.end;
}

/** Lines wider than this are paragraphs whatever their exact width; counting stops there. */
export const WIDTH_CAP = 1000;

/** Width on a page: CJK and full-width characters count 2, others 1 (capped at WIDTH_CAP). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length && width < WIDTH_CAP; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xd800 && code <= 0xdbff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code === 0x2014 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026
  );
}

/** Ends a sentence or clause that a line break may follow (closing quotes allowed after). */
const SENTENCE_END = /(?:[。！？；：!?;:…]|[^\d\s]\.|\.\.)["'”’」』)）\]】》]*$/;

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.slice(-12).trimEnd());
}

/** Ends a sentence proper (not a clause): 。！？ and their ASCII forms. */
const STRONG_END = /[。！？!?]/;

export function hasSentenceEnd(line: string): boolean {
  return STRONG_END.test(line);
}

const HAN_NUMERAL = "一二三四五六七八九十百千零〇";
const BLOCK_START = new RegExp(
  "^(?:" +
    [
      "#{1,6}\\s",
      `[${HAN_NUMERAL}]+\\s*[、.．]`,
      `[(（]\\s*[${HAN_NUMERAL}\\d]{1,3}\\s*[)）]`,
      "\\d{1,2}\\s*[、)）]",
      "\\d{1,2}\\s*[.．](?!\\d)",
      `第\\s*[${HAN_NUMERAL}\\d]+\\s*[章节條条部分篇编編]`,
      "[—―]{1,2}|-{2}",
      "[•·●○◆◇■□▪▶►★☆◎]",
      "[*+-]\\s",
      "【",
    ].join("|") +
    ")",
);

/** Starts a heading, a list item or a labelled block: never the continuation of a line. */
export function startsBlock(line: string): boolean {
  return BLOCK_START.test(line.trimStart());
}

const DATE_LINE = /^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim());
}

/** `来源:吕梁发布`, `作者:xx`: a short labelled field. */
const LABEL_LINE = /^[\p{Script=Han}A-Za-z]{1,6}\s*[:：]\s*\S/u;

export function isLabelLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 30 && LABEL_LINE.test(trimmed);
}

/** `政 府 工 作 报 告`: three or more single Han characters separated by spaces. */
const LETTER_SPACED = /^\p{Script=Han}(?: {1,3}\p{Script=Han}){2,}$/u;

export function isLetterSpaced(line: string): boolean {
  return LETTER_SPACED.test(line.trim());
}

export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}
