/**
 * Project extractor
 * =================
 *
 * First version: the clause before 项目 / 工程, cut after the last verb.
 */
import type { Mention } from "../types.ts";
import { LEFT_CONTEXT_WORDS } from "../data/lexicon.ts";
import { sentenceAt } from "./sentence-index.ts";
import type { MentionExtractor, ReportContext } from "./types.ts";

const PROJECT = /[\u4e00-\u9fa5A-Za-z0-9×]{2,24}?(?:项目|工程)/g;
const GENERIC = /^(重点|新开工|续建|新建|在建|建设|产业|基础设施|民生|重大)+(项目|工程)$/;

export const projectExtractor: MentionExtractor = {
  type: "Project",
  extract(context: ReportContext): Mention[] {
    const text = context.draft.match;
    const mentions: Mention[] = [];
    for (const m of text.matchAll(PROJECT)) {
      let cut = 0;
      for (const word of LEFT_CONTEXT_WORDS) {
        const at = m[0].lastIndexOf(word);
        if (at >= 0 && at + word.length > cut && at + word.length < m[0].length - 2) cut = at + word.length;
      }
      const name = m[0].slice(cut);
      if (name.length < 4 || GENERIC.test(name)) continue;
      const start = m.index + cut;
      mentions.push({ type: "Project", name, start, end: start + name.length, sentence: sentenceAt(context.sentences, start) });
    }
    return mentions;
  },
};
