/**
 * Part-of-speech tags without the native tagger
 * =============================================
 *
 * nodejieba's `tag` is its `cut` (with HMM) plus a dictionary lookup per
 * word, but it returns one JS object per token across the native boundary,
 * which makes it 2-3x slower than `cut`. This table does the lookup in JS,
 * exactly as cppjieba's PosTagger does: the tag of the word in the
 * dictionary (main dictionary, then the user dictionary, then words
 * inserted at run time: later entries win, as in the native trie), and for
 * unknown or untagged words its SpecialRule (`m` for ASCII digits, `eng` for
 * other ASCII, `x` otherwise). tests/unit/parallel-segment.test.ts checks it
 * against `nodejieba.tag` on the sample corpus.
 *
 * The 349,000 words of the main dictionary live in one string with typed
 * arrays of offsets, tags and frequencies and an open-addressing hash table
 * (about 12 MB, against 65 MB for a Map): every extraction worker holds one.
 * Words added later (user dictionary, run-time insertions) go to a Map that
 * takes precedence.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const DICT_DIR = path.join(path.dirname(require.resolve("nodejieba/package.json")), "submodules/cppjieba/dict");
const EMPTY = -1;

export class PosTagTable {
  private pool = "";
  private offsets = new Int32Array(0);
  private lengths = new Uint8Array(0);
  private tagIds = new Uint8Array(0);
  private frequencies = new Uint32Array(0);
  private slots = new Int32Array(0);
  /** Tag names by id; id 0 is "no tag". */
  private readonly tagNames: string[] = [""];
  private readonly tagIdOf = new Map<string, number>([["", 0]]);
  private readonly added = new Map<string, { tag: string; frequency: number }>();

  /** The tables nodejieba.load() reads by default. */
  static fromDefaultDictionaries(): PosTagTable {
    const table = new PosTagTable();
    table.loadMainDictionary(path.join(DICT_DIR, "jieba.dict.utf8"));
    table.loadUserDictionary(path.join(DICT_DIR, "user.dict.utf8"));
    return table;
  }

  /** `word freq tag` lines; replaces the main dictionary. Scanned in place to keep the memory peak low. */
  loadMainDictionary(file: string): void {
    const text = fs.readFileSync(file, "utf8");
    const capacity = countLines(text);
    const words: string[] = [];
    this.offsets = new Int32Array(capacity);
    this.lengths = new Uint8Array(capacity);
    this.tagIds = new Uint8Array(capacity);
    this.frequencies = new Uint32Array(capacity);
    let offset = 0;
    for (let at = 0; at < text.length; ) {
      const newline = text.indexOf("\n", at);
      const end = newline < 0 ? text.length : newline;
      const firstSpace = text.indexOf(" ", at);
      if (firstSpace > at && firstSpace < end) {
        const secondSpace = text.indexOf(" ", firstSpace + 1);
        const hasTag = secondSpace > 0 && secondSpace < end;
        const word = text.slice(at, firstSpace);
        const index = words.length;
        words.push(word);
        this.offsets[index] = offset;
        this.lengths[index] = Math.min(word.length, 255);
        this.frequencies[index] = Number(text.slice(firstSpace + 1, hasTag ? secondSpace : end)) || 0;
        this.tagIds[index] = this.tagId(hasTag ? text.slice(secondSpace + 1, end).trim() : "");
        offset += word.length;
      }
      at = end + 1;
    }
    this.pool = words.join("");
    this.slots = new Int32Array(tableSize(words.length)).fill(EMPTY);
    for (let index = 0; index < words.length; index++) this.place(index);
  }

  /** `word [freq] [tag]` lines, as cppjieba reads them (two fields: the second is the tag). */
  loadUserDictionary(file: string): void {
    for (const line of fs.readFileSync(file, "utf8").split("\n")) {
      const fields = line.trim().split(/\s+/);
      if (!fields[0]) continue;
      const tag = fields.length === 3 ? fields[2]! : fields.length === 2 ? fields[1]! : "";
      this.added.set(fields[0], { tag, frequency: fields.length === 3 ? Number(fields[1]) || 0 : 0 });
    }
  }

  insert(word: string, tag: string): void {
    this.added.set(word, { tag, frequency: this.frequencyOf(word) });
  }

  tagOf(word: string): string {
    const added = this.added.get(word);
    let tag = added?.tag;
    if (tag === undefined) {
      const index = this.lookup(word);
      tag = index >= 0 ? this.tagNames[this.tagIds[index]!]! : "";
    }
    return tag ? tag : specialRule(word);
  }

  /** Frequency of the word in the main dictionary (0 when absent). */
  frequencyOf(word: string): number {
    const index = this.lookup(word);
    return index >= 0 ? this.frequencies[index]! : 0;
  }

  private tagId(tag: string): number {
    let id = this.tagIdOf.get(tag);
    if (id === undefined) {
      id = this.tagNames.length;
      this.tagNames.push(tag);
      this.tagIdOf.set(tag, id);
    }
    return id;
  }

  private place(index: number): void {
    const mask = this.slots.length - 1;
    let slot = hashRange(this.pool, this.offsets[index]!, this.lengths[index]!) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = index;
  }

  /** Index of the word in the main dictionary, or -1. */
  private lookup(word: string): number {
    if (this.slots.length === 0) return -1;
    const mask = this.slots.length - 1;
    for (let slot = hashRange(word, 0, word.length) & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[slot]!;
      if (index === EMPTY) return -1;
      if (this.lengths[index] === word.length && this.pool.startsWith(word, this.offsets[index])) return index;
    }
  }
}

function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** Power of two with load factor at most 1/2. */
function tableSize(entries: number): number {
  let size = 1024;
  while (size < entries * 2) size *= 2;
  return size;
}

/** FNV-1a over UTF-16 code units. */
function hashRange(text: string, start: number, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** cppjieba PosTagger::SpecialRule, over code points (its size / 2 is an integer division). */
function specialRule(word: string): string {
  const runes = [...word];
  let ascii = 0;
  let digits = 0;
  const half = Math.floor(runes.length / 2);
  for (let i = 0; i < runes.length && ascii < half; i++) {
    const code = runes[i]!.codePointAt(0)!;
    if (code < 0x80) {
      ascii++;
      if (code >= 0x30 && code <= 0x39) digits++;
    }
  }
  if (ascii === 0) return "x";
  return digits === ascii ? "m" : "eng";
}
