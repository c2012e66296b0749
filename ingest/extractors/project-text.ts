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
  /** Children of each node by character code; node 0 is the root. */
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly ends: boolean[] = [false];
  /** 1 for the characters a word can begin with (its last character for a backward trie). */
  private readonly firstChar = new Uint8Array(0x10000);

  private constructor(words: readonly string[], private readonly backward: boolean) {
    for (const word of new Set(words)) {
      if (word === "") throw new Error("WordTrie: empty word");
      let node = 0;
      for (let k = 0; k < word.length; k++) {
        const code = word.charCodeAt(backward ? word.length - 1 - k : k);
        if (k === 0) this.firstChar[code] = 1;
        let next = this.children[node]!.get(code);
        if (next === undefined) {
          next = this.children.length;
          this.children.push(new Map());
          this.ends.push(false);
          this.children[node]!.set(code, next);
        }
        node = next;
      }
      this.ends[node] = true;
    }
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
      const next = this.children[node]!.get(text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
      if (this.ends[node]) best = i + 1 - from;
    }
    return best;
  }

  /** Length of the longest word ending right before `end` and starting at `limit` or later (0: none). */
  longestEndingAt(text: string, end = text.length, limit = 0): number {
    if (!this.backward) throw new Error("WordTrie: longestEndingAt needs a backward trie");
    let best = 0;
    let node = 0;
    for (let i = end - 1; i >= limit; i--) {
      const next = this.children[node]!.get(text.charCodeAt(i));
      if (next === undefined) break;
      node = next;
      if (this.ends[node]) best = end - i;
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
        const next = this.children[node]!.get(text.charCodeAt(j));
        if (next === undefined) break;
        node = next;
        if (this.ends[node]) return true;
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
  offsets: Int32Array;
}

export function compactSpan(source: string, start: number, end: number): CompactText {
  const offsets = new Int32Array(end - start);
  let text = "";
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = source[i]!;
    if (isSpace(ch)) continue;
    text += ch;
    offsets[n++] = i;
  }
  return { text, offsets: offsets.subarray(0, n) };
}

/** Source offsets [start, end) of the compact range [from, to). */
export function sourceRange(compact: CompactText, from: number, to: number): [number, number] {
  return [compact.offsets[from]!, compact.offsets[to - 1]! + 1];
}
