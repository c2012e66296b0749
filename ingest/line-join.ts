/**
 * Joining hard line breaks
 * ========================
 *
 * A line break inside a sentence (`也\n\n是我县`, `增长\n 13.3%`,
 * `21.85\n\n亿元`) is deleted when the line before does not end a sentence
 * or clause (。！？；：… and their ASCII forms) and the next line does not
 * start a block (heading, list item, `——`, `【`, a date or `来源:` line).
 *
 * A next line that starts with closing punctuation (`。`, `，`, `%`) is always
 * joined: Chinese typesetting never starts a line with one.
 * Otherwise the layout decides what a cut line looks like:
 * - wrapped (PDF) text: the line before reaches (nearly) the page width, so
 *   the page cut it, or it is shaped like part of a sentence (a clause mark
 *   inside, ends on a number) and is no heading; a short line with neither
 *   is a title or a name line;
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
      (startsWithClosingPunctuation(after.text)
        ? !startsBlock(paragraph!.text) || layout.layout === "wrapped"
        : layout.layout === "wrapped"
          ? continuesWrappedLine(before.text, layout.width)
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
  if (endsSentence(before) || isDateLine(before) || isLabelLine(before) || isLetterSpaced(before)) return false;
  return !(startsBlock(after) || isDateLine(after) || isLabelLine(after) || isLetterSpaced(after));
}

/** No line starts with these in Chinese typesetting: the break before them is always a cut. */
const CLOSING_PUNCTUATION = /^[。，、；：！？,.;:!?）)”’」』》%]/;

function startsWithClosingPunctuation(line: string): boolean {
  return CLOSING_PUNCTUATION.test(line);
}

/** Any punctuation inside a line that does not end with one: the sentence it started runs on. */
const CLAUSE_MARK = /[。！？!?，、；,;：:]/;
const OPEN_END = /[\dA-Za-z“‘(（《]$/;

/**
 * Wrapped text: a line the page cut is (nearly) full; a shorter one was cut
 * too if it is shaped like part of a sentence (punctuation inside, so the
 * sentence it ends on is unfinished, or it ends on a number or an opening
 * quote) and is no heading. A short line with
 * neither is a title or a name line (`五寨县人民政府县长 刘志成`).
 */
function continuesWrappedLine(before: string, width: number): boolean {
  if (displayWidth(before) >= FULL_LINE_RATIO * width) return true;
  if (startsBlock(before)) return false;
  return CLAUSE_MARK.test(before) || OPEN_END.test(before);
}

function continuesFlowingParagraph(paragraphStart: string, paragraphWidth: number, after: string): boolean {
  // `（三）乡村振兴扎实有效。粮食总产量…`: a numbered paragraph that already holds a sentence is no heading
  if (paragraphWidth < MIN_FLOWING_PARAGRAPH || (startsBlock(paragraphStart) && !hasSentenceEnd(paragraphStart))) return false;
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
