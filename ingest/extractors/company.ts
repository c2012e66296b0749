/**
 * Company extractor
 * =================
 *
 * First version: names ending in a legal form (有限公司, 集团 ...), with the
 * verbs and prepositions that precede names cut off their left edge.
 */
import type { Mention } from "../types.ts";
import { COMPANY_LEGAL_SUFFIXES, LEFT_CONTEXT_WORDS } from "../data/lexicon.ts";
import { sentenceAt } from "./sentence-index.ts";
import type { MentionExtractor, ReportContext } from "./types.ts";

const LEGAL = [...COMPANY_LEGAL_SUFFIXES].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length).join("|");
const NAME_WITH_LEGAL_FORM = new RegExp(`[\\u4e00-\\u9fa5()（）]{2,20}?(?:${LEGAL})`, "g");

export const companyExtractor: MentionExtractor = {
  type: "Company",
  extract(context: ReportContext): Mention[] {
    const text = context.draft.match;
    const mentions: Mention[] = [];
    for (const m of text.matchAll(NAME_WITH_LEGAL_FORM)) {
      const cut = leftContextLength(m[0]);
      const name = m[0].slice(cut);
      if (name.length < 4) continue;
      const start = m.index + cut;
      mentions.push({ type: "Company", name, start, end: start + name.length, sentence: sentenceAt(context.sentences, start) });
    }
    return mentions;
  },
};

function leftContextLength(span: string): number {
  let cut = 0;
  for (const word of LEFT_CONTEXT_WORDS) {
    const at = span.lastIndexOf(word);
    if (at >= 0 && at + word.length > cut && at + word.length < span.length - 2) cut = at + word.length;
  }
  return cut;
}
