/**
 * Sentence lookup
 * ===============
 *
 * Index of the sentence that contains an offset (binary search over the
 * sorted, non-overlapping sentences of a report).
 */
import type { Sentence } from "../types.ts";

export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) hi = mid - 1;
    else if (offset >= sentence.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, sentences.length - 1));
}
