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

/**
 * A closed word list as a character trie, read forward (which word starts at
 * a position, does one occur in a stretch) or backward (which word ends at a
 * position). Finds what `alternation(words)` finds, longest word first, without
 * a regular expression trying hundreds of alternatives at every position.
 */
export class WordTrie {
  /** Edges of all nodes in one map, keyed by node * 0x10000 + character code; node 0 is the root. */
  private readonly edges = new Map<number, number>();
  /** 1 for the nodes where a word ends. */
  private readonly ends: Uint8Array;
  /** 1 for the characters a word can begin with (its last character for a backward trie). */
  private readonly firstChar = new Uint8Array(0x10000);

  private constructor(words: readonly string[], private readonly backward: boolean) {
    const ends: number[] = [];
    let nodes = 1;
    for (const word of new Set(words)) {
      if (word === "") throw new Error("WordTrie: empty word");
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(backward ? word.length - 1 - k : k);
        if (k === 0) this.firstChar[code] = 1;
        const key = node * 0x10000 + code;
        let next = this.edges.get(key);
        if (next === undefined) {
          next = nodes++;
          this.edges.set(key, next);
        }
        node = next;
      }
      ends.push(node);
    }
    this.ends = new Uint8Array(nodes);
    for (const node of ends) this.ends[node] = 1;
  }

  /** Trie for `longestAt` and `occursIn`. */
  static forward(words: readonly string[]): WordTrie {
    return new WordTrie(words, false);
  }

  /** Trie for `longestEndingAt`. */
  static backward(words: readonly string[]): WordTrie {
    return new WordTrie(words, true);
  }

  /** Length of the longest word at `text[from…]` ending by `limit` (0: none). */
  longestAt(text: string, from: number, limit = text.length): number {
    if (this.backward) throw new Error("WordTrie: longestAt needs a forward trie");
    let best = 0;
    let node = 0;
    for (let i = from; i < limit; i++) {
      const next = this.edges.get(node * 0x10000 + text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
      if (this.ends[node] === 1) best = i + 1 - from;
    }
    return best;
  }

  /** Length of the longest word ending right before `end` and starting at `limit` or later (0: none). */
  longestEndingAt(text: string, end = text.length, limit = 0): number {
    if (!this.backward) throw new Error("WordTrie: longestEndingAt needs a backward trie");
    let best = 0;
    let node = 0;
    for (let i = end - 1; i >= limit; i--) {
      const next = this.edges.get(node * 0x10000 + text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
      if (this.ends[node] === 1) best = end - i;
    }
    return best;
  }

  /** Some word lies wholly inside `text[from, to)`. */
  occursIn(text: string, from = 0, to = text.length): boolean {
    if (this.backward) throw new Error("WordTrie: occursIn needs a forward trie");
    for (let i = from; i < to; i++) {
      if (this.firstChar[text.charCodeAt(i)] === 0) continue;
      let node = 0;
      for (let j = i; j < to; j++) {
        const next = this.edges.get(node * 0x10000 + text.charCodeAt(j));
        if (next === undefined) break;
        node = next;
        if (this.ends[node] === 1) return true;
      }
    }
    return false;
  }
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
  let depth = 0;
  let straightQuote = false;
  for (let i = from; i < to; i++) {
    const kind = BRACKET[text.charCodeAt(i)]!;
    if (kind === 3) straightQuote = !straightQuote;
    else if (kind === 1) depth++;
    else if (kind === 2) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && !straightQuote) mask[i] = 1;
  }
  return mask;
}

/**
 * Positions in [from, to) of the characters marked in `wanted` that stand
 * outside brackets and quotes (where `topLevelMask` has a 1), at most `limit`.
 */
export function topLevelPositions(text: string, wanted: Uint8Array, from = 0, to = text.length, limit = Infinity): number[] {
  const positions: number[] = [];
  let depth = 0;
  let straightQuote = false;
  for (let i = from; i < to && positions.length < limit; i++) {
    const code = text.charCodeAt(i);
    const kind = BRACKET[code]!;
    if (kind === 3) straightQuote = !straightQuote;
    else if (kind === 1) depth++;
    else if (kind === 2) depth = depth > 0 ? depth - 1 : 0;
    else if (depth === 0 && !straightQuote && wanted[code]) positions.push(i);
  }
  return positions;
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
