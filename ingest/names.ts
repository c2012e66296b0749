/**
 * Personal names
 * ==============
 *
 * Whether a few characters after or before a title are a person's name: a
 * known surname first, and not an ordinary word that happens to start with a
 * surname character (施工, 高度, 成效).
 */
import { looksLikePersonalName } from "./data/surnames.ts";
import { dictionaryFrequency, segment, type Token } from "./segment.ts";

export function isPersonalName(name: string): boolean {
  if (!looksLikePersonalName(name)) return false;
  const tokens = segment(name);
  if (tokens.length === 1) return /^(nr|x)/.test(tokens[0]!.tag);
  return !startsWithCommonWord(tokens);
}

/** Frequency from which a two-character word is ordinary language (普查, 任务), not a surname and given name. */
const COMMON_WORD_FREQUENCY = 1000;
const NAME_LIKE_TAGS = /^(nr|ns|nz|x)/;

/** `普查工(作)`, `任务重`: three characters whose first two are a frequent common word. */
function startsWithCommonWord(tokens: readonly Token[]): boolean {
  const first = tokens[0]!;
  return first.word.length === 2 && !NAME_LIKE_TAGS.test(first.tag) && dictionaryFrequency(first.word) >= COMMON_WORD_FREQUENCY;
}
