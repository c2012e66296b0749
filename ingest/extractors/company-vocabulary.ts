/**
 * Company vocabulary
 * ==================
 *
 * How ordinary a word is, from the frequency column of the segmenter's own
 * general dictionary (jieba.dict.utf8). Trade names are rare or unknown words
 * (`春野`, `汇昆`) or odd splits; sector phrases are built from frequent words
 * (`现代` + `农业`). Loaded once, lazily.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** Words the general dictionary knows with at least this frequency are ordinary (`现代`, `希望`, `联盟`). */
export const ORDINARY_FREQUENCY = 300;
/** Only words up to this length matter for names; longer entries are skipped to save memory. */
const MAX_WORD_LENGTH = 6;

let frequencies: Map<string, number> | undefined;

function load(): Map<string, number> {
  const file = path.join(path.dirname(require.resolve("nodejieba/package.json")), "submodules/cppjieba/dict/jieba.dict.utf8");
  const text = fs.readFileSync(file, "utf8");
  const map = new Map<string, number>();
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    const space = text.indexOf(" ", at);
    if (space > at && space < end && space - at <= MAX_WORD_LENGTH) {
      const next = text.indexOf(" ", space + 1);
      map.set(text.slice(at, space), Number(text.slice(space + 1, next > 0 && next < end ? next : end)) || 0);
    }
    at = end + 1;
  }
  return map;
}

/** Frequency of a word in the general dictionary; 0 when it is not there. */
export function wordFrequency(word: string): number {
  frequencies ??= load();
  return frequencies.get(word) ?? 0;
}
