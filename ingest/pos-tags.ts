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
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const DICT_DIR = path.join(path.dirname(require.resolve("nodejieba/package.json")), "submodules/cppjieba/dict");

export class PosTagTable {
  private readonly tags = new Map<string, string>();

  /** The tables nodejieba.load() reads by default. */
  static fromDefaultDictionaries(): PosTagTable {
    const table = new PosTagTable();
    table.loadDictionary(path.join(DICT_DIR, "jieba.dict.utf8"), "main");
    table.loadDictionary(path.join(DICT_DIR, "user.dict.utf8"), "user");
    return table;
  }

  /** `word freq tag` lines (main); `word [freq] [tag]` lines (user). */
  loadDictionary(file: string, kind: "main" | "user"): void {
    const text = fs.readFileSync(file, "utf8");
    for (const line of text.split("\n")) {
      const fields = line.trim().split(/\s+/);
      if (fields[0] === undefined || fields[0] === "") continue;
      if (kind === "main") this.tags.set(fields[0], fields[2] ?? "");
      else this.tags.set(fields[0], fields.length === 3 ? fields[2]! : fields.length === 2 ? fields[1]! : "");
    }
  }

  insert(word: string, tag: string): void {
    this.tags.set(word, tag);
  }

  tagOf(word: string): string {
    const tag = this.tags.get(word);
    return tag ? tag : specialRule(word);
  }
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
