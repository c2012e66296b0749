/**
 * Project text helpers
 * ====================
 *
 * Small matchers over the Simplified text shared by the project extractor's
 * stages: word lists compiled once into anchored regular expressions
 * (longest word first), bracket- and quote-aware scanning, whitespace-tolerant
 * trimming (PDF text keeps stray spaces inside names).
 */

import { cut, segment, type Token } from "../segment.ts";

const SEGMENT_CACHE_LIMIT = 4096;
const segmentCache = new Map<string, Token[]>();

/** Tokens of a short phrase (list heads, names with a shared head), cached: the same phrases recur. */
export function segmentPhrase(text: string): Token[] {
  let tokens = segmentCache.get(text);
  if (!tokens) {
    if (segmentCache.size >= SEGMENT_CACHE_LIMIT) segmentCache.clear();
    tokens = segment(text);
    segmentCache.set(text, tokens);
  }
  return tokens;
}

/** Alternation of the words, longest first, with regex metacharacters escaped. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
}

/** Matches one of the words at the start of a string. */
export function startMatcher(words: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternation(words)})`);
}

/** Matches one of the words at the end of a string. */
export function endMatcher(words: readonly string[]): RegExp {
  return new RegExp(`(?:${alternation(words)})$`);
}

const OPENERS = "(（“‘「『《[【";
const CLOSERS = ")）”’」』》]】";
/** Bracket kind by character code: 1 opens, 2 closes, 3 is a straight quote. */
const BRACKET = new Uint8Array(0x10000);
for (const ch of OPENERS) BRACKET[ch.charCodeAt(0)] = 1;
for (const ch of CLOSERS) BRACKET[ch.charCodeAt(0)] = 2;
BRACKET['"'.charCodeAt(0)] = 3;

/** 1 at the positions of `text` in [from, to) outside brackets and quotes (brackets themselves are 0). */
export function topLevelMask(text: string, from = 0, to = text.length): Uint8Array {
  const mask = new Uint8Array(text.length);
  walkTopLevel(text, from, to, (i) => {
    mask[i] = 1;
    return true;
  });
  return mask;
}

/**
 * Positions in [from, to) of the characters marked in `wanted` that stand
 * outside brackets and quotes (where `topLevelMask` has a 1), at most `limit`.
 */
export function topLevelPositions(text: string, wanted: Uint8Array, from = 0, to = text.length, limit = Infinity): number[] {
  const positions: number[] = [];
  walkTopLevel(text, from, to, (i) => {
    if (wanted[text.charCodeAt(i)]) positions.push(i);
    return positions.length < limit;
  });
  return positions;
}

const SPEECH_PUNCTUATION = /[，。；！？,;!?]/;

/**
 * Calls `visit` with each position in [from, to) outside brackets and quotes
 * until it returns false. Quoted speech (`“我们今年投资…新建了…，全部采用…。”`)
 * is no name: its clauses stand at the top level, and only its quote marks are hidden.
 */
function walkTopLevel(text: string, from: number, to: number, visit: (i: number) => boolean): void {
  let depth = 0;
  let straightQuote = false;
  const speechCloses: number[] = [];
  for (let i = from; i < to; i++) {
    const kind = BRACKET[text.charCodeAt(i)]!;
    if (kind === 3) straightQuote = !straightQuote;
    else if (kind === 1) {
      const close = speechClose(text, i, to);
      if (close >= 0) speechCloses.push(close);
      else depth++;
    } else if (kind === 2) {
      if (speechCloses[speechCloses.length - 1] === i) speechCloses.pop();
      else depth = depth > 0 ? depth - 1 : 0;
    } else if (depth === 0 && !straightQuote && !visit(i)) return;
  }
}

/**
 * Where the curly quote opened at `open` closes, when what it holds has clause
 * punctuation, or `to` when it does not close before `to` (a clause cut from
 * speech); -1 for a quoted name.
 */
function speechClose(text: string, open: number, to: number): number {
  const opener = text[open];
  if (opener !== "“" && opener !== "「") return -1;
  const closer = opener === "“" ? "”" : "」";
  let depth = 0;
  for (let i = open + 1; i < to; i++) {
    const ch = text[i];
    if (ch === opener) depth++;
    else if (ch === closer) {
      if (depth === 0) return SPEECH_PUNCTUATION.test(text.slice(open + 1, i)) ? i : -1;
      depth--;
    }
  }
  return to;
}

/** Word boundaries of a clause from the segmenter's plain cut (no tags: cheaper than tagging). */
export function wordEdges(text: string): Array<{ word: string; start: number; end: number }> {
  const words: Array<{ word: string; start: number; end: number }> = [];
  let offset = 0;
  for (const word of cut(text)) {
    const start = text.indexOf(word, offset);
    if (start < 0) continue;
    words.push({ word, start, end: start + word.length });
    offset = start + word.length;
  }
  return words;
}

export const isSpace = (ch: string | undefined): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\u3000" || ch === "\r";

/**
 * A stretch of text without its whitespace (PDF line joins leave spaces inside
 * names and numbers), with the offset of every kept character in the source.
 */
export interface CompactText {
  text: string;
  /** Source offset of every kept character; null when no whitespace was removed (the offset is `start` + index). */
  offsets: Int32Array | null;
  start: number;
}

export function compactSpan(source: string, start: number, end: number): CompactText {
  let first = start;
  while (first < end && !SPACE[source.charCodeAt(first)]) first++;
  // most sentences hold no whitespace at all
  if (first === end) return { text: source.slice(start, end), offsets: null, start };
  const offsets = new Int32Array(end - start);
  const runs: string[] = [];
  let n = 0;
  let runStart = start;
  for (let i = start; i < end; i++) {
    if (SPACE[source.charCodeAt(i)]) {
      if (i > runStart) runs.push(source.slice(runStart, i));
      runStart = i + 1;
      continue;
    }
    offsets[n++] = i;
  }
  if (end > runStart) runs.push(source.slice(runStart, end));
  return { text: runs.join(""), offsets: offsets.subarray(0, n), start };
}

/** The characters `isSpace` accepts, by code. */
const SPACE = new Uint8Array(0x10000);
for (const ch of " \t\n\u3000\r") SPACE[ch.charCodeAt(0)] = 1;

/** Source offsets [start, end) of the compact range [from, to). */
export function sourceRange(compact: CompactText, from: number, to: number): [number, number] {
  if (compact.offsets === null) return [compact.start + from, compact.start + to];
  return [compact.offsets[from]!, compact.offsets[to - 1]! + 1];
}
