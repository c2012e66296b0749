/**
 * Joining hard line breaks
 * ========================
 *
 * A line break inside a sentence (`也\n\n是我县`, `增长\n 13.3%`,
 * `21.85\n\n亿元`) is deleted when the line before does not end a sentence
 * or clause (。！？；：… and their ASCII forms) and the next line does not
 * start a block (heading, list item, `——`, `【`, a date or `来源:` line).
 *
 * On top of that, the layout decides what a cut line looks like:
 * - wrapped (PDF) text: the line before reaches (nearly) the page width, so
 *   the page cut it; a short line ended its paragraph or is a title;
 * - flowing text: paragraphs are whole lines, so only a long unfinished
 *   paragraph (a page break or a removed caption cut it) is joined to a
 *   following line that finishes a sentence. Titles, headings and real
 *   paragraphs stay apart.
 * Two Latin words are joined with a space, everything else with nothing.
 */
import { FULL_LINE_RATIO, type LayoutInfo } from "./layout.ts";
import {
  displayWidth,
  endsSentence,
  hasSentenceEnd,
  isBlank,
  isDateLine,
  isLabelLine,
  isLetterSpaced,
  lineSpans,
  startsBlock,
} from "./lines.ts";
import { EditList, applyEdits, type Mapped } from "./offset-map.ts";

/** Flowing text: a paragraph shorter than this (30 CJK characters) is a title or label, not a cut paragraph. */
const MIN_FLOWING_PARAGRAPH = 60;

interface Segment {
  start: number;
  end: number;
  text: string;
}

export function joinHardBreaks(text: string, layout: LayoutInfo): Mapped {
  const edits = new EditList();
  const lines: Segment[] = lineSpans(text)
    .filter((line) => !isBlank(text, line))
    .map((line) => ({ ...line, text: text.slice(line.start, line.end).trim() }));
  let paragraph = lines[0];
  let paragraphWidth = paragraph ? displayWidth(paragraph.text) : 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const before = lines[i]!;
    const after = lines[i + 1]!;
    const join =
      mayJoin(before.text, after.text) &&
      (layout.layout === "wrapped"
        ? displayWidth(before.text) >= FULL_LINE_RATIO * layout.width
        : continuesFlowingParagraph(paragraph!.text, paragraphWidth, after.text));
    if (join) {
      edits.add(before.end, after.start, separator(before.text, after.text));
      paragraphWidth += displayWidth(after.text);
    } else {
      paragraph = after;
      paragraphWidth = displayWidth(after.text);
    }
  }
  return applyEdits(text, edits);
}

/** The shape tests both layouts share. */
export function mayJoin(before: string, after: string): boolean {
  if (endsSentence(before) || isDateLine(before) || isLetterSpaced(before)) return false;
  return !(startsBlock(after) || isDateLine(after) || isLabelLine(after) || isLetterSpaced(after));
}

function continuesFlowingParagraph(paragraphStart: string, paragraphWidth: number, after: string): boolean {
  if (paragraphWidth < MIN_FLOWING_PARAGRAPH || startsBlock(paragraphStart)) return false;
  return hasSentenceEnd(after) || displayWidth(after) >= MIN_FLOWING_PARAGRAPH;
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const DIGIT = /[0-9]/;

function separator(before: string, after: string): string {
  const last = before.at(-1) ?? "";
  const first = after[0] ?? "";
  if (!LATIN_OR_DIGIT.test(last) || !LATIN_OR_DIGIT.test(first)) return "";
  return DIGIT.test(last) && DIGIT.test(first) ? "" : " ";
}
