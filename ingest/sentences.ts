/**
 * Sentence splitting
 * ==================
 *
 * Cuts a report into sentences at Chinese and Latin end punctuation, semicolons
 * (reports chain independent clauses with them) and line breaks, keeping
 * closing quotes and brackets with the sentence they end. Offsets point into
 * the report text, so evidence can be highlighted in the source.
 */
import type { Sentence } from "./types.ts";

const TERMINATORS = new Set(["。", "！", "？", "!", "?", "；", ";", "\n"]);
const CLOSERS = new Set(["”", "’", "」", "』", "\"", "'", ")", "）", "】", "》"]);
/** Sentences longer than this are cut again at commas, so evidence stays readable. */
export const MAX_SENTENCE_LENGTH = 400;

export function splitSentences(text: string, match: string = text): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const [s, e] = trim(text, start, end);
    if (e > s) pushBounded(sentences, text, match, s, e);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    if (!TERMINATORS.has(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.has(text[end]!) || (text[end] === text[i] && text[i] !== "\n"))) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences.map((sentence, index) => ({ ...sentence, index }));
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

function pushBounded(out: Sentence[], text: string, match: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE_LENGTH) {
    const cut = lastCommaBefore(text, start, start + MAX_SENTENCE_LENGTH);
    out.push(makeSentence(text, match, start, cut));
    start = cut;
  }
  out.push(makeSentence(text, match, start, end));
}

function lastCommaBefore(text: string, start: number, limit: number): number {
  for (let i = limit - 1; i > start + MAX_SENTENCE_LENGTH / 2; i--) {
    if (text[i] === "," || text[i] === "，" || text[i] === "、") return i + 1;
  }
  return limit;
}

function makeSentence(text: string, match: string, start: number, end: number): Sentence {
  return { index: 0, start, end, text: text.slice(start, end), match: match.slice(start, end) };
}
