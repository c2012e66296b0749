/**
 * Word-list tries
 * ===============
 *
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
    if (this.firstChar[text.charCodeAt(from)] !== 1) return 0;
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
    if (this.firstChar[text.charCodeAt(end - 1)] !== 1) return 0;
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
