/**
 * Word-list index
 * ===============
 *
 * Longest-first lookups of a word list at a position of a text, bucketed by
 * the first (or last) character so a lookup only compares the few words that
 * can match there. Used for suffix, head and trigger lists that are checked
 * at many positions of every report. Buckets are keyed by UTF-16 code unit
 * (`text[at]` would allocate a one-character string per lookup), and a bit
 * per code unit says whether any word starts with it: most characters of a
 * text start none, and skip the map.
 */
export class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  private readonly starts = new FirstUnits();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word === "") continue;
      this.starts.add(word);
      bucket(this.byFirst, word.charCodeAt(0)).push(word);
      bucket(this.byLast, word.charCodeAt(word.length - 1)).push(word);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word that starts at `at` in `text`. */
  startingAt(text: string, at: number): string | null {
    const code = text.charCodeAt(at);
    if (!this.starts.has(code)) return null;
    const candidates = this.byFirst.get(code);
    if (!candidates) return null;
    for (const word of candidates) if (text.startsWith(word, at)) return word;
    return null;
  }

  /** The longest word `name` ends with, leaving at least `keep` characters before it. */
  endOf(name: string, keep = 1): string | null {
    const candidates = this.byLast.get(name.charCodeAt(name.length - 1));
    if (!candidates) return null;
    for (const word of candidates) if (name.length - word.length >= keep && name.endsWith(word)) return word;
    return null;
  }

  /** Every word `name` ends with, longest first, leaving at least `keep` characters before it. */
  endsOf(name: string, keep = 1): string[] {
    const candidates = this.byLast.get(name.charCodeAt(name.length - 1)) ?? [];
    return candidates.filter((word) => name.length - word.length >= keep && name.endsWith(word));
  }

  /** True when some word occurs in `text`. */
  occursIn(text: string): boolean {
    for (let at = 0; at < text.length; at++) if (this.startingAt(text, at) !== null) return true;
    return false;
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
