/**
 * Stray spaces in CJK text
 * ========================
 *
 * PDF extraction and letter-spaced titles put spaces where Chinese has none:
 * `2022 年 2 月 9 日`, `增长 7.2%`, `政 府 工 作 报 告`. Removed everywhere:
 * spaces inside a letter-spaced run of three or more single Han characters,
 * and spaces between a number and a Han character (except around a clock
 * time or after an ISO date: `6日 19:19`, `2021-03-02 10:15 来源`). In
 * wrapped (PDF) text also every space between a Han character or CJK
 * punctuation and anything but a Latin letter. Spaces between Latin words, and between Han phrases of
 * flowing text (`推动高质量发展 建设美丽幸福吕梁`, `县长 王小明:`), stay:
 * there they separate things.
 *
 * Spaces are rare in Chinese text, so the pass visits space runs only and
 * looks at their neighbours.
 */
import type { Layout } from "./layout.ts";
import { EditList, applyEdits, type Mapped } from "./offset-map.ts";
import { dictionaryFrequency } from "./segment.ts";

const SPACE_RUN = / +/g;
const HAN = /\p{Script=Han}/u;
const CJK_PUNCT = /[\u3001-\u303f\u2014\u2018\u2019\u201c\u201d\u2026\uff01-\uff0f]/;
const DIGIT_OR_PERCENT = /[\d%]/;
const DIGIT = /\d/;
const CLOCK_AFTER = /^\d{1,2}:\d{2}/;
const CLOCK_OR_DATE_BEFORE = /(?:\d:\d\d|\d[-/]\d{1,2})$/;
const LETTER_SPACED_GAP = 3;

function charBefore(text: string, at: number): string {
  if (at <= 0) return "";
  const low = text.charCodeAt(at - 1);
  return low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
}

function charAt(text: string, at: number): string {
  if (at >= text.length) return "";
  const high = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff ? text.slice(at, at + 2) : text[at]!;
}

const isHan = (ch: string) => ch !== "" && HAN.test(ch);
const isCjk = (ch: string) => isHan(ch) || (ch !== "" && CJK_PUNCT.test(ch));

function nearClock(text: string, start: number, end: number): boolean {
  return CLOCK_AFTER.test(text.slice(end, end + 5)) || CLOCK_OR_DATE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

/** Between a number and a Han character, not around a time or after a date. */
function isNumberHanGap(text: string, start: number, end: number, before: string, after: string): boolean {
  const numberFirst = DIGIT_OR_PERCENT.test(before) && isHan(after);
  const hanFirst = isHan(before) && DIGIT.test(after);
  return (numberFirst || hanFirst) && !nearClock(text, start, end);
}

const LATIN_LETTER = /[A-Za-z]/;

function isCjkGap(text: string, start: number, end: number, before: string, after: string): boolean {
  if (before === "" || after === "" || before === "\n" || after === "\n") return false;
  if (LATIN_LETTER.test(before) || LATIN_LETTER.test(after)) return false;
  return (isCjk(before) || isCjk(after)) && !nearClock(text, start, end);
}

interface SpacedRun {
  /** The spaces between the run's characters. */
  gaps: Array<[number, number]>;
  /** End of the last character reached: gaps before it need no second look. */
  end: number;
  /** Three or more single characters, bounded by non-Han on both sides. */
  letterSpaced: boolean;
}

/**
 * The maximal run of single Han characters separated by short space runs
 * (`政 府 工 作`) around the gap `[start, end)`.
 */
function spacedRun(text: string, start: number, end: number): SpacedRun | null {
  if (end - start > LETTER_SPACED_GAP || !isHan(charBefore(text, start)) || !isHan(charAt(text, end))) return null;
  const gaps: Array<[number, number]> = [[start, end]];
  // Walk left: char, spaces, char ...
  let left = start - charBefore(text, start).length;
  for (;;) {
    let s = left;
    while (s > 0 && text[s - 1] === " ") s--;
    if (s === left || left - s > LETTER_SPACED_GAP || !isHan(charBefore(text, s))) break;
    gaps.unshift([s, left]);
    left = s - charBefore(text, s).length;
  }
  let right = end + charAt(text, end).length;
  for (;;) {
    let e = right;
    while (e < text.length && text[e] === " ") e++;
    if (e === right || e - right > LETTER_SPACED_GAP || !isHan(charAt(text, e))) break;
    gaps.push([right, e]);
    right = e + charAt(text, e).length;
  }
  const bounded = !isHan(charBefore(text, left)) && !isHan(charAt(text, right));
  return { gaps, end: right, letterSpaced: bounded && gaps.length >= 2 };
}

/**
 * One space inside a dictionary word of flowing text (`科技有 限公司`, `外资项 目`,
 * `供地即开 工`): scraped pages break words so. Spaces between words
 * (`市长 杨明哲`, `发展 建设`) separate things and stay.
 */
function splitsWord(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || !isHan(text[start - 1] ?? "") || !isHan(text[end] ?? "")) return false;
  for (let left = 1; left <= 2; left++) {
    for (let right = 1; right <= 2; right++) {
      const word = text.slice(start - left, start) + text.slice(end, end + right);
      if (word.length === left + right && [...word].every(isHan) && dictionaryFrequency(word) >= COMMON_WORD) return true;
    }
  }
  return false;
}

/** Words at least this frequent in the segmenter's dictionary are ordinary ones, not a chance pair of characters. */
const COMMON_WORD = 100;

export function removeStraySpaces(text: string, layout: Layout): Mapped {
  const edits = new EditList();
  let done = 0;
  let notSpacedUntil = 0;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m !== null; m = SPACE_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < done) continue;
    // A run that is not letter-spaced is not so from any of its gaps: look once (linear on long runs).
    const run = start >= notSpacedUntil ? spacedRun(text, start, end) : null;
    if (run?.letterSpaced) {
      for (const [s, e] of run.gaps) if (s >= done) edits.delete(s, e);
      done = run.end;
      continue;
    }
    if (run) notSpacedUntil = run.end;
    const before = charBefore(text, start);
    const after = charAt(text, end);
    const stray =
      layout === "wrapped" ? isCjkGap(text, start, end, before, after) : isNumberHanGap(text, start, end, before, after) || splitsWord(text, start, end);
    if (stray) {
      edits.delete(start, end);
      done = end;
    }
  }
  return applyEdits(text, edits);
}
