/**
 * Word-list index
 * ===============
 *
 * Longest-first lookups of a word list at a position of a text, bucketed by
 * the first (or last) character so a lookup only compares the few words that
 * can match there. Used for suffix, head and trigger lists that are checked
 * at many positions of every report.
 */
export class WordIndex {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (word === "") continue;
      bucket(this.byFirst, word[0]!).push(word);
      bucket(this.byLast, word[word.length - 1]!).push(word);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.length - a.length);
  }

  /** The longest word that starts at `at` in `text`. */
  startingAt(text: string, at: number): string | null {
    const candidates = this.byFirst.get(text[at] ?? "");
    if (!candidates) return null;
    for (const word of candidates) if (text.startsWith(word, at)) return word;
    return null;
  }

  /** The longest word `name` ends with, leaving at least `keep` characters before it. */
  endOf(name: string, keep = 1): string | null {
    const candidates = this.byLast.get(name[name.length - 1] ?? "");
    if (!candidates) return null;
    for (const word of candidates) if (name.length - word.length >= keep && name.endsWith(word)) return word;
    return null;
  }

  /** Every word `name` ends with, longest first, leaving at least `keep` characters before it. */
  endsOf(name: string, keep = 1): string[] {
    const candidates = this.byLast.get(name[name.length - 1] ?? "") ?? [];
    return candidates.filter((word) => name.length - word.length >= keep && name.endsWith(word));
  }

  /** True when some word occurs in `text`. */
  occursIn(text: string): boolean {
    for (let at = 0; at < text.length; at++) if (this.startingAt(text, at) !== null) return true;
    return false;
  }
}

function bucket(map: Map<string, string[]>, key: string): string[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}
