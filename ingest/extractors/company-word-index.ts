/**
 * Word-list index
 * ===============
 *
 * Longest-first lookups of a word list at a position of a text, bucketed by
 * the first (or last) character so a lookup only compares the few words that
 * can match there. Used for suffix, head and trigger lists that are checked
 * at many positions of every report. Buckets are keyed by UTF-16 code unit:
 * `text[at]` would allocate a one-character string per lookup.
 */
export class WordIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word === "") continue;
      bucket(this.byFirst, word.charCodeAt(0)).push(word);
      bucket(this.byLast, word.charCodeAt(word.length - 1)).push(word);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word that starts at `at` in `text`. */
  startingAt(text: string, at: number): string | null {
    const candidates = this.byFirst.get(text.charCodeAt(at));
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

  constructor(lists: ReadonlyArray<readonly [words: Iterable<string>, flag: number]>) {
    const flagsOf = new Map<string, number>();
    for (const [words, flag] of lists) for (const word of words) if (word !== "") flagsOf.set(word, (flagsOf.get(word) ?? 0) | flag);
    for (const [word, flags] of flagsOf) bucket(this.byFirst, word.charCodeAt(0)).push({ word, flags });
  }

  /** The bits of the lists that have a word in `text`; stops early once every bit of `enough` is set. */
  flagsIn(text: string, enough = 0): number {
    let found = 0;
    for (let at = 0; at < text.length; at++) {
      const candidates = this.byFirst.get(text.charCodeAt(at));
      if (!candidates) continue;
      for (const { word, flags } of candidates) if ((flags & ~found) !== 0 && text.startsWith(word, at)) found |= flags;
      if (enough !== 0 && (found & enough) === enough) return found;
    }
    return found;
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
