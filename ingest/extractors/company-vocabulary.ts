/**
 * Company vocabulary
 * ==================
 *
 * How ordinary a word is, from the frequency column of the segmenter's own
 * general dictionary (jieba.dict.utf8). Trade names are rare or unknown words
 * (`春野`, `汇昆`) or odd splits; sector phrases are built from frequent words
 * (`现代` + `农业`). Read from the segmenter's tag table (segment.ts), which
 * holds that column already: no second copy of the dictionary per worker.
 */
import { dictionaryFrequency } from "../segment.ts";

/** Words the general dictionary knows with at least this frequency are ordinary (`现代`, `希望`, `联盟`). */
export const ORDINARY_FREQUENCY = 300;
/** Only words up to this length matter for names; longer ones count as unknown. */
const MAX_WORD_LENGTH = 6;

/** Frequency of a word in the general dictionary; 0 when it is not there. */
export function wordFrequency(word: string): number {
  return word.length <= MAX_WORD_LENGTH ? dictionaryFrequency(word) : 0;
}

/** `严格|执行`: a dictionary phrase of two frequent words is ordinary language, whatever the segmenter tags it. */
export function isTwoWordPhrase(word: string): boolean {
  if (word.length !== 4) return false;
  return wordFrequency(word.slice(0, 2)) >= ORDINARY_FREQUENCY && wordFrequency(word.slice(2)) >= ORDINARY_FREQUENCY;
}
