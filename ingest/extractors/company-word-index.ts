/**
 * Word-list index
 * ===============
 *
 * Longest-first lookups of a word list at a position of a text, as words
 * (word-trie.ts does the matching). Used for suffix, head and trigger lists
 * that are checked at many positions of every report.
 */
import { WordTrie } from "./word-trie.ts";

export class WordIndex {
  private readonly forward: WordTrie;
  private readonly backward: WordTrie;

  constructor(words: Iterable<string>) {
    const list = [...words].filter((word) => word !== "");
    this.forward = WordTrie.forward(list);
    this.backward = WordTrie.backward(list);
  }

  /** The longest word that starts at `at` in `text`. */
  startingAt(text: string, at: number): string | null {
    const length = this.forward.longestAt(text, at);
    return length === 0 ? null : text.slice(at, at + length);
  }

  /** The longest word `name` ends with, leaving at least `keep` characters before it. */
  endOf(name: string, keep = 1): string | null {
    const length = this.backward.longestEndingAt(name, name.length, keep);
    return length === 0 ? null : name.slice(name.length - length);
  }

  /** Every word `name` ends with, longest first, leaving at least `keep` characters before it. */
  endsOf(name: string, keep = 1): string[] {
    const ends: string[] = [];
    for (let limit = keep; ; ) {
      const length = this.backward.longestEndingAt(name, name.length, limit);
      if (length === 0) return ends;
      ends.push(name.slice(name.length - length));
      limit = name.length - length + 1;
    }
  }

  /** True when some word occurs in `text`. */
  occursIn(text: string): boolean {
    return this.forward.occursIn(text);
  }
}

/**
 * Which of several word lists occur in a text, in one pass: each list has a
 * bit, `flagsIn` ORs the bits of every word found anywhere in the text.
 */
export class WordFlags {
  private readonly byFirst = new Map<number, Array<{ word: string; flags: number }>>();
  private readonly starts = new FirstUnits();

  constructor(lists: ReadonlyArray<readonly [words: Iterable<string>, flag: number]>) {
    const flagsOf = new Map<string, number>();
    for (const [words, flag] of lists) for (const word of words) if (word !== "") flagsOf.set(word, (flagsOf.get(word) ?? 0) | flag);
    for (const [word, flags] of flagsOf) {
      this.starts.add(word);
      bucket(this.byFirst, word.charCodeAt(0)).push({ word, flags });
    }
  }

  /** The bits of the lists that have a word in `text`; stops early once every bit of `enough` is set. */
  flagsIn(text: string, enough = 0): number {
    let found = 0;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (!this.starts.has(code)) continue;
      const candidates = this.byFirst.get(code);
      if (!candidates) continue;
      for (const { word, flags } of candidates) if ((flags & ~found) !== 0 && text.startsWith(word, at)) found |= flags;
      if (enough !== 0 && (found & enough) === enough) return found;
    }
    return found;
  }
}

/** A set of UTF-16 code units, one bit each. */
class FirstUnits {
  private readonly bits = new Uint32Array(0x10000 / 32);

  add(word: string): void {
    const code = word.charCodeAt(0);
    this.bits[code >>> 5]! |= 1 << (code & 31);
  }

  /** False for NaN (a position past the end). */
  has(code: number): boolean {
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }
}

function bucket<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}
